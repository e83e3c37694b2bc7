package org.resilienceroadmap.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import elemental.json.JsonType;
import org.springframework.web.util.HtmlUtils;

/**
 * A page of rows as a plain HTML table: a header of column names (some of them buttons that sort),
 * and a body the browser draws from one piece of HTML. On a phone (by the stylesheet alone) each row
 * becomes a card: its first column as the title, the others as "label value" facts under it.
 *
 * <p>Why not vaadin-grid: for the 25 or 50 rows a page shows, the grid spent 300 ms of the browser's
 * time on building columns and its row pool (docs/BENCHMARKS.md, change 39); a table costs the browser
 * a few milliseconds and the server one property. Everything in the body is escaped here, from the
 * cells' plain texts.
 *
 * <p>Rows may be picked with a checkbox (native, labelled by the row's name); a checkbox in the header
 * picks or leaves every row shown. The table does not keep what is picked: its owner does, over
 * pages, and tells it through {@link #pickable}.
 */
@Tag("div")
public class RowTable<T> extends Component implements HasStyle {

    /** What the browser tells of a checkbox changed: the row's key, whether checked, whether the header's. */
    public static final String KEY = "event.target.dataset.key";

    public static final String CHECKED = "event.target.checked";
    public static final String ALL = "event.target.classList.contains('row-table-pick-all')";

    private final List<Column<T>> columns = new ArrayList<>();
    private final Element table = new Element("table");
    private final Element headRow = new Element("tr");
    private final Element body = new Element("tbody");
    private List<T> items = List.of();
    private String emptyText = "";
    private Function<T, String> rowClass = t -> null;
    /** Changes with every drawing, so that the body is sent again even where the text is the same. */
    private int drawn;

    // Picking rows, when the owner asks for it.
    private Function<T, String> key;
    private Function<T, String> pickLabel;
    private Predicate<T> isPicked = t -> false;
    private BiConsumer<List<T>, Boolean> onPick;
    private Element pickAll;

    // Sorting, when a column has a key.
    private String sortKey;
    private boolean ascending = true;
    private BiConsumer<String, Boolean> onSort;

    public RowTable() {
        getElement().getClassList().add("row-table");
        table.appendChild(new Element("thead").appendChild(headRow), body);
        getElement().appendChild(table);
        // One listener for every checkbox: the change event bubbles up to the table.
        table.addEventListener("change", e -> {
                    var data = e.getEventData();
                    if (onPick == null) {
                        return;
                    }
                    boolean on = data.getBoolean(CHECKED);
                    if (data.getBoolean(ALL)) {
                        onPick.accept(items, on);
                        draw();
                    } else if (data.hasKey(KEY) && data.get(KEY).getType() == JsonType.STRING) {
                        String picked = data.getString(KEY);
                        items.stream()
                                .filter(t -> key.apply(t).equals(picked))
                                .findFirst()
                                .ifPresent(t -> {
                                    onPick.accept(List.of(t), on);
                                    showPickAll();
                                });
                    }
                })
                .addEventData(KEY)
                .addEventData(CHECKED)
                .addEventData(ALL);
    }

    /** Names the table for a screen reader ("Tasks"). */
    public void setName(String name) {
        table.setAttribute("aria-label", name);
    }

    /** A column of plain text. */
    public Column<T> addColumn(String header, Function<T, String> text) {
        return addCells(header, t -> List.of(Cell.text(text.apply(t))));
    }

    /** A column whose cells are links, badges or texts, side by side. */
    public Column<T> addCells(String header, Function<T, List<Cell>> cells) {
        Column<T> column = new Column<>(this, header, cells);
        columns.add(column);
        Element th = new Element("th").setAttribute("scope", "col");
        column.th = th;
        th.setText(header);
        headRow.appendChild(th);
        return column;
    }

    /**
     * Rows get a checkbox, labelled "Pick {name}" ({@code label} gives the whole label), and the header
     * one for every row shown. {@code onPick} hears which rows were picked or left, and whether picked.
     */
    public void pickable(
            Function<T, String> key,
            Function<T, String> label,
            String pickAllLabel,
            Predicate<T> isPicked,
            BiConsumer<List<T>, Boolean> onPick) {
        this.key = key;
        this.pickLabel = label;
        this.isPicked = isPicked;
        this.onPick = onPick;
        pickAll = new Element("input")
                .setAttribute("type", "checkbox")
                .setAttribute("aria-label", pickAllLabel)
                .setAttribute("class", "row-table-pick-all");
        headRow.insertChild(
                0, new Element("th").setAttribute("class", "row-table-pick").appendChild(pickAll));
        draw();
    }

    /** Where a sortable column's header is pressed: its key, and whether ascending. */
    public void onSort(BiConsumer<String, Boolean> onSort) {
        this.onSort = onSort;
    }

    /** Shows these rows, picked as the owner says. */
    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        draw();
    }

    public List<T> getItems() {
        return items;
    }

    /** The text a row shows in each column, as a reader sees it. */
    public List<String> texts(T item) {
        return columns.stream()
                .map(c ->
                        String.join(" ", c.shown(item).stream().map(Cell::text).toList()))
                .toList();
    }

    /** A class for a row ("overdue"), for the stylesheet; null for none. */
    public void setRowClass(Function<T, String> rowClass) {
        this.rowClass = rowClass;
    }

    public void setEmptyText(String text) {
        this.emptyText = text;
        draw();
    }

    /** The column sorted, shown in its header; null for none. */
    public void showSorted(String key, boolean ascending) {
        this.sortKey = key;
        this.ascending = ascending;
        columns.forEach(Column::showSort);
    }

    /**
     * Shows the order an address names: {@code "due"} ascending, {@code "-due"} descending. A value that
     * names no sortable column (or none) shows {@code otherwise} ascending; null for unsorted.
     */
    public void showSortedFrom(String value, String otherwise) {
        String key = value == null ? null : value.replaceFirst("^-", "");
        boolean known = columns.stream().anyMatch(c -> c.sortKey != null && c.sortKey.equals(key));
        showSorted(known ? key : otherwise, !known || !value.startsWith("-"));
    }

    /** The order as an address writes it ({@link #showSortedFrom}); null when unsorted. */
    public String sortInAddress() {
        return sortKey == null ? null : (ascending ? "" : "-") + sortKey;
    }

    public String sortKey() {
        return sortKey;
    }

    public boolean ascending() {
        return ascending;
    }

    /** Draws the body again, as after the owner changed what is picked. */
    public void draw() {
        StringBuilder html = new StringBuilder("<!--").append(++drawn).append("-->");
        if (items.isEmpty()) {
            html.append("<tr class=\"row-table-empty\"><td colspan=\"")
                    .append(columns.size() + (onPick == null ? 0 : 1))
                    .append("\">")
                    .append(escape(emptyText))
                    .append("</td></tr>");
        }
        for (T item : items) {
            String className = rowClass.apply(item);
            html.append(className == null ? "<tr>" : "<tr class=\"" + escape(className) + "\">");
            if (onPick != null) {
                html.append("<td class=\"row-table-pick\"><input type=\"checkbox\" data-key=\"")
                        .append(escape(key.apply(item)))
                        .append("\" aria-label=\"")
                        .append(escape(pickLabel.apply(item)))
                        .append('"')
                        .append(isPicked.test(item) ? " checked" : "")
                        .append("></td>");
            }
            for (Column<T> column : columns) {
                column.appendCell(html, item);
            }
            html.append("</tr>");
        }
        body.setProperty("innerHTML", html.toString());
        showPickAll();
    }

    private void showPickAll() {
        if (pickAll != null) {
            long picked = items.stream().filter(isPicked).count();
            pickAll.setProperty("checked", !items.isEmpty() && picked == items.size());
            pickAll.setProperty("indeterminate", picked > 0 && picked < items.size());
            pickAll.setProperty("disabled", items.isEmpty());
        }
    }

    private void sortBy(String key) {
        boolean up = !key.equals(sortKey) || !ascending;
        showSorted(key, up);
        if (onSort != null) {
            onSort.accept(key, up);
        }
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * One piece of a cell: a text, a link (with an id for tests and a class for the stylesheet) or a
     * badge (a Lumo badge theme). Empty texts are left out.
     */
    public record Cell(String text, String href, String theme, String id, String className) {

        public Cell {
            text = Objects.requireNonNullElse(text, "");
        }

        public static Cell text(String text) {
            return new Cell(text, null, null, null, null);
        }

        public static Cell link(String text, String href, String id, String className) {
            return new Cell(text, href, null, id, className);
        }

        public static Cell badge(String text, String theme) {
            return new Cell(text, null, theme, null, null);
        }

        void appendTo(StringBuilder html) {
            if (href != null) {
                html.append("<a href=\"").append(escape(href)).append('"');
                attribute(html, "id", id);
                attribute(html, "class", className);
                html.append('>').append(escape(text)).append("</a>");
            } else if (theme != null) {
                html.append("<span theme=\"").append(escape(theme)).append("\">");
                html.append(escape(text)).append("</span>");
            } else {
                html.append(escape(text));
            }
        }

        private static void attribute(StringBuilder html, String name, String value) {
            if (value != null) {
                html.append(' ')
                        .append(name)
                        .append("=\"")
                        .append(escape(value))
                        .append('"');
            }
        }
    }

    /** A column: its header, its cells, and how it sorts and looks. */
    public static final class Column<T> {

        private final RowTable<T> table;
        private final String header;
        private final Function<T, List<Cell>> cells;
        private Element th;
        private Element sortButton;
        private String sortKey;
        private String className;

        private Column(RowTable<T> table, String header, Function<T, List<Cell>> cells) {
            this.table = table;
            this.header = header;
            this.cells = cells;
        }

        /** The header becomes a button that sorts by {@code key}: the owner is told, and sorts. */
        public Column<T> sortable(String key) {
            this.sortKey = key;
            th.setText("");
            sortButton = new Element("button").setAttribute("type", "button").setText(header);
            sortButton.getClassList().add("row-table-sort");
            sortButton.addEventListener("click", e -> table.sortBy(key));
            th.appendChild(sortButton);
            showSort();
            return this;
        }

        /** A class for the column's header and cells: "row-table-title" makes it a card's title on a phone. */
        public Column<T> withClassName(String className) {
            this.className = className;
            th.getClassList().add(className);
            return this;
        }

        private void showSort() {
            if (sortKey == null) {
                return;
            }
            boolean sorted = sortKey.equals(table.sortKey);
            String direction = table.ascending ? "ascending" : "descending";
            th.setAttribute("aria-sort", sorted ? direction : "none");
            sortButton.setAttribute("data-sorted", sorted ? direction : "");
        }

        /** The row's pieces that have a text: an empty one is left out. */
        private List<Cell> shown(T item) {
            return cells.apply(item).stream().filter(c -> !c.text().isEmpty()).toList();
        }

        private void appendCell(StringBuilder html, T item) {
            List<Cell> shown = shown(item);
            html.append("<td");
            if (className != null) {
                html.append(" class=\"").append(escape(className)).append('"');
            }
            // A card leaves out a fact with no value rather than show its label alone.
            html.append(shown.isEmpty() ? " data-empty" : "")
                    .append(" data-label=\"")
                    .append(escape(header))
                    .append("\">");
            boolean first = true;
            for (Cell cell : shown) {
                if (!first) {
                    html.append(' ');
                }
                cell.appendTo(html);
                first = false;
            }
            html.append("</td>");
        }
    }
}
