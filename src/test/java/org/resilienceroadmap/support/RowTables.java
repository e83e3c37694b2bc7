package org.resilienceroadmap.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.resilienceroadmap.shared.ui.RowTable;

/**
 * A {@link RowTable} as a test reads and uses it: its rows, what they show, and its checkboxes ticked
 * through the same change event the browser sends.
 */
public final class RowTables {

    private RowTables() {}

    @SuppressWarnings("unchecked")
    public static <T> RowTable<T> table(String id) {
        return _get(RowTable.class, spec -> spec.withId(id));
    }

    /** What the body's HTML holds now, as the browser would draw it. */
    public static String body(RowTable<?> table) {
        return table.getElement().getChild(0).getChild(1).getProperty("innerHTML", "");
    }

    /** The texts row {@code i} shows, column by column. */
    public static <T> List<String> row(RowTable<T> table, int i) {
        return table.texts(table.getItems().get(i));
    }

    /** Ticks (or clears) the checkbox of the row with this key, as a reader's click does. */
    public static void pick(RowTable<?> table, String key, boolean on) {
        JsonObject data = Json.createObject();
        data.put(RowTable.KEY, key);
        data.put(RowTable.CHECKED, on);
        data.put(RowTable.ALL, false);
        change(table, data);
    }

    /** Ticks (or clears) the header's checkbox, which picks every row shown. */
    public static void pickAll(RowTable<?> table, boolean on) {
        JsonObject data = Json.createObject();
        data.put(RowTable.KEY, Json.createNull());
        data.put(RowTable.CHECKED, on);
        data.put(RowTable.ALL, true);
        change(table, data);
    }

    /** A press of a button the table drew (a sortable column's header). */
    public static void click(com.vaadin.flow.dom.Element button) {
        ElementUtilsKt._fireDomEvent(button, new DomEvent(button, "click", Json.createObject()));
    }

    /** Presses the header of the column so named, which sorts by it. */
    public static void sortBy(RowTable<?> table, String header) {
        click(header(table, header).getChild(0));
    }

    /** The header cell of the sortable column so named (its button holds the name). */
    public static com.vaadin.flow.dom.Element header(RowTable<?> table, String header) {
        return table.getElement()
                .getChild(0)
                .getChild(0)
                .getChild(0)
                .getChildren()
                .filter(th ->
                        th.getChildCount() > 0 && header.equals(th.getChild(0).getText()))
                .findFirst()
                .orElseThrow();
    }

    private static void change(RowTable<?> table, JsonObject data) {
        var element = table.getElement().getChild(0);
        ElementUtilsKt._fireDomEvent(element, new DomEvent(element, "change", data));
    }
}
