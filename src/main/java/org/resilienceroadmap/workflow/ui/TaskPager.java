package org.resilienceroadmap.workflow.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.resilienceroadmap.shared.i18n.Plurals;

/** Previous, "page 2 of 5 (230 tasks)", next; hidden while everything fits on one page. */
class TaskPager extends HorizontalLayout {

    private final Span pageLabel = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();

    /** {@code turn} gets -1 or +1. */
    TaskPager(IntConsumer turn) {
        previous.setText(getTranslation("task.page.previous"));
        previous.setId("task-page-previous");
        previous.addClickListener(e -> turn.accept(-1));
        next.setText(getTranslation("task.page.next"));
        next.setId("task-page-next");
        next.addClickListener(e -> turn.accept(1));
        pageLabel.setId("task-page");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(previous, pageLabel, next);
    }

    /** Shows page {@code page} (from 0) of {@code pages}, of {@code total} tasks in all. */
    void show(int page, int pages, int total) {
        pageLabel.setText(getTranslation(Plurals.key("task.page", total, getLocale()), page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
        setVisible(pages > 1);
    }
}
