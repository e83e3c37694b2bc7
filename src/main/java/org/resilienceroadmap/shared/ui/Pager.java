package org.resilienceroadmap.shared.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.resilienceroadmap.shared.i18n.Plurals;

/**
 * Previous, "page 2 of 5 · 230 tasks", next; hidden while everything fits on one page. Its texts are
 * the bundle's {@code <prefix>.previous}, {@code .next} and the plural forms of {@code <prefix>}; its
 * ids are the prefix's words joined by dashes ("task-page", "task-page-next").
 */
public class Pager extends HorizontalLayout {

    private final String prefix;
    private final Span pageLabel = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();

    /** {@code turn} gets -1 or +1. */
    public Pager(String prefix, IntConsumer turn) {
        this.prefix = prefix;
        String id = prefix.replace('.', '-');
        previous.setText(getTranslation(prefix + ".previous"));
        previous.setId(id + "-previous");
        previous.addClickListener(e -> turn.accept(-1));
        next.setText(getTranslation(prefix + ".next"));
        next.setId(id + "-next");
        next.addClickListener(e -> turn.accept(1));
        pageLabel.setId(id);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(previous, pageLabel, next);
    }

    /** Shows page {@code page} (from 0) of {@code pages}, of {@code total} rows in all. */
    public void show(int page, int pages, long total) {
        pageLabel.setText(getTranslation(Plurals.key(prefix, total, getLocale()), page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
        setVisible(pages > 1);
    }
}
