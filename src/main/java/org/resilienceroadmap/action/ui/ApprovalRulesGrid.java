package org.resilienceroadmap.action.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.action.ApprovalTable;
import org.resilienceroadmap.action.ApprovalTables;
import org.resilienceroadmap.shared.ui.PhoneCards;

/**
 * The rules of one version of the approval table, one row each in the engine's order: a column per
 * input as written, the outputs in words ("national coordinator", "yes"), the annotation. On a phone,
 * a card per rule. Built afresh for each version, as versions may have other columns.
 */
final class ApprovalRulesGrid {

    private ApprovalRulesGrid() {
    }

    static Grid<ApprovalTable.Rule> of(ApprovalTable table, Component page) {
        Grid<ApprovalTable.Rule> grid = new Grid<>();
        grid.setId("approval-rules");
        grid.addColumn(ApprovalTable.Rule::number).setHeader(page.getTranslation("approvalTable.column.rule"))
                .setAutoWidth(true).setFlexGrow(0);
        for (int i = 0; i < table.inputs().size(); i++) {
            int column = i;
            grid.addColumn(r -> cell(r.inputs(), column)).setHeader(table.inputs().get(i).label()).setAutoWidth(true);
        }
        for (int i = 0; i < table.outputs().size(); i++) {
            int column = i;
            String name = table.outputs().get(i).name();
            grid.addColumn(r -> words(page, name, cell(r.outputs(), column))).setHeader(table.outputs().get(i).label())
                    .setFlexGrow(2);
        }
        grid.addColumn(ApprovalTable.Rule::annotation).setHeader(page.getTranslation("approvalTable.column.annotation"))
                .setFlexGrow(4);
        PhoneCards.add(grid, page.getTranslation("approvalTable.rules"), r -> card(table, r, page));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(table.rules());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** On a phone: "Rule 3" over its conditions that are not "-", its outputs in words, and why. */
    private static Div card(ApprovalTable table, ApprovalTable.Rule rule, Component page) {
        List<Component> facts = new ArrayList<>();
        for (int i = 0; i < table.inputs().size(); i++) {
            String text = cell(rule.inputs(), i);
            if (!text.equals("-")) {
                facts.add(PhoneCards.fact(table.inputs().get(i).label(), text));
            }
        }
        for (int i = 0; i < table.outputs().size(); i++) {
            facts.add(PhoneCards.fact(table.outputs().get(i).label(),
                    words(page, table.outputs().get(i).name(), cell(rule.outputs(), i))));
        }
        facts.add(new Span(rule.annotation()));
        return PhoneCards.card(new Span(page.getTranslation("approvalTable.rule", rule.number())),
                facts.toArray(Component[]::new));
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "-";
    }

    /** An output cell as people say it: approvers and the donor flag in words, anything else as written. */
    static String words(Component page, String output, String text) {
        String value = text.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (ApprovalTables.APPROVERS.equals(output)) {
            return switch (value) {
                case "none" -> page.getTranslation("approvalTable.approvers.none");
                case "national" -> page.getTranslation("approvalTable.approvers.national");
                case "national,regional" -> page.getTranslation("approvalTable.approvers.nationalRegional");
                default -> text;
            };
        }
        if (ApprovalTables.TELL_DONOR.equals(output)) {
            return switch (value) {
                case "true" -> page.getTranslation("approvalTable.yes");
                case "false" -> page.getTranslation("approvalTable.no");
                default -> text;
            };
        }
        return text;
    }
}
