package org.resilienceroadmap.shared.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import org.resilienceroadmap.shared.text.MarkdownRenderer;

/** Markdown shown as formatted text; the HTML comes only from {@link MarkdownRenderer}, which lets nothing executable through. */
public class MarkdownView extends Div {

    private final MarkdownRenderer renderer;

    public MarkdownView(MarkdownRenderer renderer, String markdown) {
        this.renderer = renderer;
        addClassName("markdown-view");
        show(markdown);
    }

    public final void show(String markdown) {
        removeAll();
        add(new Html(renderer.toSafeHtml(markdown)));
    }
}
