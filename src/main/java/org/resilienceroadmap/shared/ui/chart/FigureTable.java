package org.resilienceroadmap.shared.ui.chart;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * The figures a chart draws, as a table behind a toggle: the text alternative a screen reader or a
 * keyboard reads cell by cell, and where the chart's labels are links, the links live here, outside
 * the drawing (a link inside an image cannot be reached as one).
 */
public final class FigureTable {

    /** One row; {@code href} (optional) links the label, if it is a path inside the application. */
    public record Row(String label, String value, String href) {}

    private FigureTable() {}

    /** A closed toggle "figures as a table" holding a table whose columns are headed as given. */
    public static Details of(String id, List<String> headers, List<List<String>> cells, List<String> links) {
        Element table = new Element("table");
        table.getClassList().add("figure-table");
        Element head = new Element("tr");
        headers.forEach(h ->
                head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int r = 0; r < cells.size(); r++) {
            Element row = new Element("tr");
            List<String> line = cells.get(r);
            String link = r < links.size() ? Labels.safeHref(links.get(r)) : null;
            Element first = new Element("th").setAttribute("scope", "row");
            first.appendChild(
                    link == null
                            ? new Element("span").setText(line.get(0))
                            : new Anchor(link, line.get(0)).getElement());
            row.appendChild(first);
            line.stream().skip(1).forEach(c -> row.appendChild(new Element("td").setText(c)));
            body.appendChild(row);
        }
        table.appendChild(body);
        Details details = new Details();
        details.setSummaryText(details.getTranslation("chart.figures"));
        details.getElement().appendChild(table);
        details.addClassName("chart-figures");
        if (id != null) {
            details.setId(id);
        }
        return details;
    }

    /** Label and value rows, each label linked where the row says so. */
    public static Details of(String id, String labelHeader, String valueHeader, List<Row> rows) {
        return of(
                id,
                List.of(labelHeader, valueHeader),
                rows.stream().map(r -> List.of(r.label(), r.value())).toList(),
                rows.stream().map(Row::href).toList());
    }
}
