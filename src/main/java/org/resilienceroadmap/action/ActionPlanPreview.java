package org.resilienceroadmap.action;

import java.util.List;

/**
 * What reading an action plan found: how many rows of actions, every problem by row and column, and
 * how many actions were imported (0 for a dry run or a plan with any problem: nothing is stored then),
 * and the review the imported plan waits for (none unless imported).
 */
public record ActionPlanPreview(int rows, boolean valid, List<RowProblem> problems, int imported, Long reviewId) {

    public ActionPlanPreview {
        problems = List.copyOf(problems);
    }

    /** {@code row} counts as the spreadsheet shows it (the header is row 1); {@code field} is the column's name. */
    public record RowProblem(int row, String field, String message) {}
}
