package org.resilienceroadmap.assessment;

import java.util.List;

/** What importing a workbook would change, and every problem that stops it; a workbook with problems changes nothing. */
public record WorkbookPreview(List<AnswerChange> changes, List<RowProblem> problems) {

    public boolean clean() {
        return problems.isEmpty();
    }

    public record AnswerChange(
            String code,
            Integer oldScore,
            int newScore,
            String oldComment,
            String newComment,
            String oldEvidenceLink,
            String newEvidenceLink) {}

    /** {@code row} counts as the spreadsheet shows it, from 1. */
    public record RowProblem(String sheet, int row, String code, String reason) {}
}
