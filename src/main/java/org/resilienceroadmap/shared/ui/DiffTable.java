package org.resilienceroadmap.shared.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.shared.text.SideBySideDiff;

/**
 * Two texts side by side, one row per line pair, changed words highlighted. Built from text
 * nodes only, so nothing people typed is ever read as HTML.
 */
public class DiffTable extends Div {

    public DiffTable(String leftTitle, String rightTitle, List<SideBySideDiff.Line> lines) {
        addClassName("diff-table");
        add(row("diff-head", new Span(leftTitle), new Span(rightTitle)));
        for (SideBySideDiff.Line line : lines) {
            Div left = cell(line.left(), "diff-removed");
            Div right = cell(line.right(), "diff-added");
            Div row = row("diff-" + line.kind().name().toLowerCase(), left, right);
            add(row);
        }
    }

    private static Div cell(List<SideBySideDiff.Segment> segments, String changedClass) {
        Div cell = new Div();
        cell.addClassName("diff-cell");
        for (SideBySideDiff.Segment segment : segments) {
            Span span = new Span(segment.text());
            if (segment.changed()) {
                span.addClassName(changedClass);
            }
            cell.add(span);
        }
        return cell;
    }

    private static Div row(
            String kind, com.vaadin.flow.component.Component left, com.vaadin.flow.component.Component right) {
        Div row = new Div(left, right);
        row.addClassNames("diff-row", kind);
        return row;
    }
}
