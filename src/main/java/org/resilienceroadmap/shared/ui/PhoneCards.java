package org.resilienceroadmap.shared.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid that becomes a list of cards on a phone: below {@link #NARROW} pixels of window width its
 * columns give way to a single column with one card a row, as a row of six columns cannot fit in
 * 375 pixels without scrolling sideways. Wider, the columns come back and the cards go.
 */
public final class PhoneCards {

    /** The window width (CSS pixels) below which a grid shows cards. */
    public static final int NARROW = 700;

    private PhoneCards() {}

    /**
     * Adds the card column, last, and switches to it whenever the window is narrower than {@link #NARROW}.
     * Until the window's width is known, cards are made; once it is known to be wide, none: a hidden
     * column's components are still made for every row and sent to the browser (a card is a dozen
     * components, and even an empty one a component a row for the browser to place).
     */
    public static <T> Grid.Column<T> add(Grid<T> grid, String header, ValueProvider<T, Component> card) {
        AtomicReference<Boolean> narrowNow = new AtomicReference<>();
        ComponentRenderer<Component, T> cardRenderer = new ComponentRenderer<>(card::apply);
        Grid.Column<T> cards =
                grid.addColumn(cardRenderer).setHeader(header).setKey("card").setFlexGrow(1);
        cards.setVisible(false);
        List<Grid.Column<T>> columns =
                grid.getColumns().stream().filter(c -> c != cards).toList();
        whenNarrow(grid, narrow -> {
            Boolean was = narrowNow.getAndSet(narrow);
            cards.setVisible(narrow);
            columns.forEach(c -> c.setVisible(!narrow));
            // Each change of renderer makes the rows again. Widening leaves the cards made until the rows
            // are next made: a fetch of every row for a resize is not worth it, and one that lands after
            // signing out fails.
            if (!narrow && was == null) {
                cards.setRenderer(LitRenderer.of(""));
            } else if (narrow && Boolean.FALSE.equals(was)) {
                cards.setRenderer(cardRenderer);
            }
        });
        return cards;
    }

    /**
     * Tells the grid whether the window is narrower than {@link #NARROW} once it is shown and whenever
     * the window is resized; the grid's theme says it too ("narrow"), for the stylesheet.
     */
    public static void whenNarrow(Grid<?> grid, Consumer<Boolean> narrow) {
        IntConsumer fit = width -> {
            narrow.accept(width < NARROW);
            grid.getElement().getThemeList().set("narrow", width < NARROW);
        };
        grid.addAttachListener(e -> {
            // Known already once the page has asked (the first view of a visit waits for the answer).
            var known = e.getUI().getInternals().getExtendedClientDetails();
            if (known != null) {
                fit.accept(known.getWindowInnerWidth());
            } else {
                e.getUI().getPage().retrieveExtendedClientDetails(details -> fit.accept(details.getWindowInnerWidth()));
            }
            var resizing =
                    e.getUI().getPage().addBrowserWindowResizeListener(resized -> fit.accept(resized.getWidth()));
            grid.addDetachListener(detached -> {
                resizing.remove();
                detached.unregisterListener();
            });
        });
    }

    /** A card: its title (a link, usually) over lines of facts, each fact a label and a value. */
    public static Div card(Component title, Component... facts) {
        Div card = new Div();
        card.addClassName("grid-card");
        title.getElement().getClassList().add("grid-card-title");
        card.add(title);
        Div line = new Div();
        line.addClassName("grid-card-facts");
        line.add(facts);
        card.add(line);
        return card;
    }

    /** One fact of a card: "Due 5 May 2027". */
    public static Span fact(String label, Component value) {
        Span fact = new Span();
        fact.addClassName("grid-card-fact");
        Span name = new Span(label);
        name.addClassName("grid-card-label");
        fact.add(name, new Span(" "), value);
        return fact;
    }

    public static Span fact(String label, String value) {
        return fact(label, new Span(value));
    }
}
