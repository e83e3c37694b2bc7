package org.resilienceroadmap.shared.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;

/**
 * Items for a grid that shows all its rows. Vaadin fetches such a grid's rows in at most ten pages,
 * so the page size grows with the list; otherwise a long list (a portfolio over hundreds of
 * cities) fails to load at all.
 */
public final class AllRows {

    private static final int VAADIN_MAX_PAGES = 10;

    private AllRows() {}

    public static <T> void show(Grid<T> grid, List<T> items) {
        grid.setPageSize(Math.max(50, items.size() / (VAADIN_MAX_PAGES - 1) + 1));
        grid.setItems(items);
    }
}
