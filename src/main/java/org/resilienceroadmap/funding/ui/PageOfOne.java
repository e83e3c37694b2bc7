package org.resilienceroadmap.funding.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.resilienceroadmap.shared.error.NotFoundException;

/**
 * A page that shows one thing named by the route's {@code :id}; an id that is not a number, not
 * there or outside the reader's scope gets the same "does not exist" heading, so scope leaks nothing.
 */
abstract class PageOfOne extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final String notFoundKey;
    private final String notFoundId;
    private String title = "";

    PageOfOne(String notFoundKey, String notFoundId) {
        this.notFoundKey = notFoundKey;
        this.notFoundId = notFoundId;
    }

    abstract void show(Long id);

    void title(String text) {
        title = text;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.valueOf(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            title = getTranslation(notFoundKey);
            H1 missing = new H1(title);
            missing.setId(notFoundId);
            add(missing);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
