package org.resilienceroadmap.shared.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A tab's content built the first time the tab is opened, not when the page is: a tab that reads much
 * (a programme's money over every city it covers) costs nothing to a reader who never opens it.
 */
public final class TabOnFirstOpen extends Div {

    private final Supplier<? extends Component> content;

    private TabOnFirstOpen(Supplier<? extends Component> content) {
        this.content = content;
        setWidthFull();
    }

    /** Adds the tab; its content is made when it is first selected (at once if it is the selected one). */
    public static void add(TabSheet tabs, String label, Supplier<? extends Component> content) {
        TabOnFirstOpen holder = new TabOnFirstOpen(content);
        var tab = tabs.add(label, holder);
        if (tabs.getSelectedTab() == tab) {
            holder.build();
        }
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab) {
                holder.build();
            }
        });
    }

    private void build() {
        if (getComponentCount() == 0) {
            add(content.get());
        }
    }
}
