package org.resilienceroadmap.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.ui.RowTable.Cell;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.RowTables;

/** The plain table: what its body holds, what a tick or a header's press tells its owner. */
@FastTest
class RowTableTests {

    record Place(String id, String name, String note) {}

    private final Set<String> picked = new LinkedHashSet<>();
    private final List<String> sorts = new ArrayList<>();

    private RowTable<Place> table() {
        RowTable<Place> table = new RowTable<>();
        table.setName("Places");
        table.addColumn("Name", Place::name).sortable("name").withClassName("row-table-title");
        table.addCells("Note", p -> List.of(Cell.badge(p.note(), "badge error"), Cell.text("")));
        table.addCells("", p -> List.of(Cell.link("Open", "places/" + p.id(), "open-" + p.id(), "open")));
        table.pickable(
                Place::id,
                p -> "Select " + p.name(),
                "Select every place",
                p -> picked.contains(p.id()),
                (places, on) -> places.forEach(p -> {
                    if (on) {
                        picked.add(p.id());
                    } else {
                        picked.remove(p.id());
                    }
                }));
        table.onSort((key, ascending) -> sorts.add(key + (ascending ? " up" : " down")));
        table.setItems(List.of(new Place("1", "Kraljevo", ""), new Place("2", "<b>Niš</b> & \"Pirot\"", "Late")));
        return table;
    }

    @Test
    void escapesWhatPeopleTypedAndLeavesEmptyPiecesOut() {
        RowTable<Place> table = table();
        String body = RowTables.body(table);

        assertThat(body)
                .contains("&lt;b&gt;Niš&lt;/b&gt; &amp; &quot;Pirot&quot;")
                .doesNotContain("<b>")
                .contains("aria-label=\"Select &lt;b&gt;Niš&lt;/b&gt; &amp; &quot;Pirot&quot;\"")
                .contains("<span theme=\"badge error\">Late</span></td>")
                .contains("<a href=\"places/2\" id=\"open-2\" class=\"open\">Open</a>")
                .as("a note with no text is a cell a card leaves out")
                .contains("<td data-empty data-label=\"Note\"></td>");
        assertThat(RowTables.row(table, 1)).containsExactly("<b>Niš</b> & \"Pirot\"", "Late", "Open");
        assertThat(table.getElement().getChild(0).getAttribute("aria-label")).isEqualTo("Places");
    }

    @Test
    void tellsItsOwnerWhichRowWasTickedAndTheHeaderPicksEveryRowShown() {
        RowTable<Place> table = table();

        RowTables.pick(table, "2", true);
        assertThat(picked).containsExactly("2");
        assertThat(pickAll(table).getProperty("indeterminate", false)).isTrue();

        RowTables.pick(table, "no such row", true);
        assertThat(picked).containsExactly("2");

        RowTables.pickAll(table, true);
        assertThat(picked).containsExactlyInAnyOrder("1", "2");
        assertThat(RowTables.body(table))
                .containsPattern("(?s)data-key=\"1\"[^>]* checked>.*data-key=\"2\"[^>]* checked>");
        assertThat(pickAll(table).getProperty("checked", false)).isTrue();

        RowTables.pick(table, "1", false);
        assertThat(picked).containsExactly("2");
        assertThat(pickAll(table).getProperty("checked", true)).isFalse();
    }

    @Test
    void drawsTheBodyAgainEvenWhenItReadsTheSameAsBefore() {
        RowTable<Place> table = table();
        String before = RowTables.body(table);
        // A tick in the browser changes the page but not the body's text on the server: a later drawing
        // of the same rows must still reach the browser, or the tick stays.
        table.draw();
        assertThat(RowTables.body(table)).isNotEqualTo(before);
    }

    @Test
    void aHeaderPressedTwiceSortsOneWayThenTheOther() {
        RowTable<Place> table = table();

        RowTables.sortBy(table, "Name");
        RowTables.sortBy(table, "Name");

        assertThat(sorts).containsExactly("name up", "name down");
        assertThat(RowTables.header(table, "Name").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(table.sortInAddress()).isEqualTo("-name");
    }

    @Test
    void readsTheOrderFromTheAddressAndFallsBackWhereItNamesNoSortableColumn() {
        RowTable<Place> table = table();

        table.showSortedFrom("-name", null);
        assertThat(table.sortKey()).isEqualTo("name");
        assertThat(table.ascending()).isFalse();

        table.showSortedFrom("-note", "name");
        assertThat(table.sortInAddress()).as("the note does not sort").isEqualTo("name");
        table.showSortedFrom(null, null);
        assertThat(table.sortInAddress()).isNull();
        assertThat(RowTables.header(table, "Name").getAttribute("aria-sort")).isEqualTo("none");
    }

    @Test
    void saysSoWhenThereIsNothingToShow() {
        RowTable<Place> table = table();
        table.setEmptyText("Nothing here");
        table.setItems(List.of());
        assertThat(RowTables.body(table)).contains("<td colspan=\"4\">Nothing here</td>");
        assertThat(pickAll(table).getProperty("disabled", false)).isTrue();
    }

    private static Element pickAll(RowTable<?> table) {
        return table.getElement()
                .getChild(0)
                .getChild(0)
                .getChild(0)
                .getChild(0)
                .getChild(0);
    }
}
