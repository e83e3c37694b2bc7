package org.resilienceroadmap.action;

import java.time.Instant;
import java.util.List;

/**
 * One deployed version of the table that decides who approves an action after its working group
 * ({@code processes/action-approval.dmn}), as people read it: its columns and rules in the order the
 * engine tries them. {@code deployedBy} is the admin who uploaded it (account and display name);
 * both are null for a version shipped with the application.
 */
public record ApprovalTable(
        int version,
        Instant deployedAt,
        String deployedBy,
        String deployedByName,
        String hitPolicy,
        List<Column> inputs,
        List<Column> outputs,
        List<Rule> rules) {

    public ApprovalTable {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        rules = List.copyOf(rules);
    }

    /** A column: its label as the table's author wrote it and what it reads (input) or answers (output). */
    public record Column(String label, String name) {}

    /**
     * A row: its number from the top (1..), the text of its input cells ("-" for one that matches
     * anything), of its output cells (FEEL, e.g. {@code "national"}, {@code true}) and its annotation.
     */
    public record Rule(int number, List<String> inputs, List<String> outputs, String annotation) {

        public Rule {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }
    }

    public boolean shipped() {
        return deployedBy == null;
    }
}
