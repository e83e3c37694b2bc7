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

    private ApprovalRulesGrid() {}

    static Grid<ApprovalTable.Rule> of(ApprovalTable table, Component page) {
        Grid<ApprovalTable.Rule> grid = new Grid<>();
        grid.setId("approval-rules");
        grid.addColumn(ApprovalTable.Rule::number)
                .setHeader(page.getTranslation("approvalTable.column.rule"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Conditions are short ("≥ 500000", "yes", "-"): narrow columns whose headers wrap, so the
        // outputs and the reason, the parts a coordinator reads, get the width.
        for (int i = 0; i < table.inputs().size(); i++) {
            int column = i;
            grid.addColumn(r -> condition(page, cell(r.inputs(), column)))
                    .setHeader(wrapped(label(page, table.inputs().get(i))))
                    .setWidth(column == 0 ? "7rem" : "6.5rem")
                    .setFlexGrow(0);
        }
        for (int i = 0; i < table.outputs().size(); i++) {
            int column = i;
            String name = table.outputs().get(i).name();
            grid.addColumn(r -> words(page, name, cell(r.outputs(), column)))
                    .setHeader(wrapped(label(page, table.outputs().get(i))))
                    .setWidth("8rem")
                    .setFlexGrow(1);
        }
        grid.addColumn(r -> annotation(page, table, r))
                .setHeader(page.getTranslation("approvalTable.column.annotation"))
                .setWidth("14rem")
                .setFlexGrow(3);
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
                facts.add(PhoneCards.fact(label(page, table.inputs().get(i)), condition(page, text)));
            }
        }
        for (int i = 0; i < table.outputs().size(); i++) {
            facts.add(PhoneCards.fact(
                    label(page, table.outputs().get(i)),
                    words(page, table.outputs().get(i).name(), cell(rule.outputs(), i))));
        }
        facts.add(new Span(annotation(page, table, rule)));
        return PhoneCards.card(
                new Span(page.getTranslation("approvalTable.rule", rule.number())), facts.toArray(Component[]::new));
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of(
            "budgetEur",
            "currency",
            "funded",
            "essentials",
            "country",
            ApprovalTables.APPROVERS,
            ApprovalTables.TELL_DONOR);

    /**
     * A column the process knows (budgetEur, funded, approvers, …) is named in the reader's language;
     * the table's own label otherwise.
     */
    private static String label(Component page, ApprovalTable.Column column) {
        return KNOWN.contains(column.name())
                ? page.getTranslation("approvalTable.column." + column.name())
                : column.label();
    }

    /**
     * The shipped table's reasons are in the bundles, by rule number (keep them in step with
     * processes/action-approval.dmn); an uploaded table's reasons are its author's words.
     */
    private static String annotation(Component page, ApprovalTable table, ApprovalTable.Rule rule) {
        return table.shipped() ? page.getTranslation("approvalTable.shippedRule." + rule.number()) : rule.annotation();
    }

    private static Span wrapped(String header) {
        Span text = new Span(header);
        text.getStyle().set("white-space", "normal");
        return text;
    }

    /** A condition as people read it: yes, no, unknown, ≥ and ≤; anything else as written. */
    static String condition(Component page, String text) {
        String value = text.strip();
        return switch (value) {
            case "true" -> page.getTranslation("approvalTable.yes");
            case "false" -> page.getTranslation("approvalTable.no");
            case "null" -> page.getTranslation("approvalTable.unknown");
            default -> value.replace(">=", "≥").replace("<=", "≤");
        };
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
