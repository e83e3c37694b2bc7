package org.resilienceroadmap.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel round trip for offline workshops: an assessment exported with one sheet per Essential
 * (scores, comments, evidence links and the version of each answer), and a filled workbook read
 * back — previewed change by change and problem by problem, applied all or nothing.
 */
@Service
public class AssessmentWorkbook {

    static final String ABOUT = "About";
    private static final String[] HEADER = {"Code", "Question", "Score", "Comment", "Evidence link", "Version"};

    private final AssessmentService assessments;
    private final AssessmentReads assessmentReads;
    private final DataFormatter formatter = new DataFormatter();

    AssessmentWorkbook(AssessmentService assessments, AssessmentReads assessmentReads) {
        this.assessments = assessments;
        this.assessmentReads = assessmentReads;
    }

    @Transactional(readOnly = true)
    public byte[] export(Long assessmentId, String language) {
        AssessmentDetail d = assessmentReads.detail(assessmentId);
        Map<String, Answer> answers = byCode(d.answers());
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet about = book.createSheet(ABOUT);
            String[][] facts = {
                {"Assessment", String.valueOf(assessmentId)},
                {"Template", d.template().id()},
                {"Template version", d.template().version()},
                {
                    "Scale",
                    d.template().scale().min() + "–" + d.template().scale().max()
                },
                {"Note", "Fill in Score, Comment and Evidence link; keep Code and Version as they are."}
            };
            for (int i = 0; i < facts.length; i++) {
                Row row = about.createRow(i);
                row.createCell(0).setCellValue(facts[i][0]);
                row.createCell(1).setCellValue(facts[i][1]);
            }
            for (EssentialSection section : d.template().essentials()) {
                Sheet sheet = book.createSheet("E" + section.number());
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADER.length; c++) {
                    header.createCell(c).setCellValue(HEADER[c]);
                }
                int r = 1;
                for (ScorecardQuestion q : section.questions()) {
                    Row row = sheet.createRow(r++);
                    Answer a = answers.get(q.code());
                    row.createCell(0).setCellValue(q.code());
                    row.createCell(1).setCellValue(q.text(language));
                    if (a != null) {
                        row.createCell(2).setCellValue(a.getScore());
                        row.createCell(3).setCellValue(Objects.toString(a.getComment(), ""));
                        row.createCell(4).setCellValue(Objects.toString(a.getEvidenceLink(), ""));
                        row.createCell(5).setCellValue(a.getVersion());
                    }
                }
                sheet.setColumnWidth(1, 70 * 256);
                sheet.setColumnWidth(3, 50 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the workbook", e);
        }
    }

    @Transactional(readOnly = true)
    public WorkbookPreview preview(Long assessmentId, byte[] file) {
        // Importing is scoring: only the working group may, as for answers typed one by one.
        AssessmentDetail d = assessmentReads.detailForScoring(assessmentId);
        Map<String, Answer> current = byCode(d.answers());
        List<WorkbookPreview.AnswerChange> changes = new ArrayList<>();
        List<WorkbookPreview.RowProblem> problems = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet about = book.getSheet(ABOUT);
            if (about == null
                    || !String.valueOf(assessmentId).equals(text(about.getRow(0), 1))
                    || !d.template().id().equals(text(about.getRow(1), 1))) {
                problems.add(new WorkbookPreview.RowProblem(
                        ABOUT, 1, null, "This workbook was not exported from this assessment"));
                return new WorkbookPreview(List.of(), problems);
            }
            for (Sheet sheet : book) {
                if (!sheet.getSheetName().matches("E\\d{1,2}")) {
                    continue;
                }
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        readRow(d, current, sheet.getSheetName(), row, changes, problems);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException ire) {
                throw ire;
            }
            problems.add(new WorkbookPreview.RowProblem(null, 0, null, "Not a readable .xlsx workbook"));
        }
        return new WorkbookPreview(problems.isEmpty() ? changes : List.of(), problems);
    }

    /** Applies a clean workbook in one transaction; a workbook with any problem changes nothing. */
    @Transactional
    public WorkbookPreview apply(Long assessmentId, byte[] file) {
        WorkbookPreview preview = preview(assessmentId, file);
        if (!preview.clean()) {
            throw new InvalidRequestException(
                    "file",
                    preview.problems().size() + " problem(s) in the workbook; " + "nothing was imported. First: "
                            + preview.problems().get(0).reason());
        }
        Map<String, Answer> current =
                byCode(assessmentReads.detail(assessmentId).answers());
        for (WorkbookPreview.AnswerChange c : preview.changes()) {
            Answer before = current.get(c.code());
            assessments.answer(
                    assessmentId,
                    c.code(),
                    c.newScore(),
                    c.newComment(),
                    c.newEvidenceLink(),
                    before == null ? null : before.getVersion());
        }
        return preview;
    }

    private void readRow(
            AssessmentDetail d,
            Map<String, Answer> current,
            String sheet,
            Row row,
            List<WorkbookPreview.AnswerChange> changes,
            List<WorkbookPreview.RowProblem> problems) {
        String code = text(row, 0);
        if (code == null) {
            return;
        }
        int line = row.getRowNum() + 1;
        if (d.template().question(code).isEmpty()) {
            problems.add(new WorkbookPreview.RowProblem(sheet, line, code, "Unknown question code " + code));
            return;
        }
        Answer before = current.get(code);
        String scoreText = text(row, 2);
        if (scoreText == null) {
            if (before != null) {
                problems.add(new WorkbookPreview.RowProblem(sheet, line, code, "A given score cannot be removed"));
            }
            return;
        }
        Integer score = parseScore(scoreText);
        var scale = d.template().scale();
        if (score == null || score < scale.min() || score > scale.max()) {
            problems.add(new WorkbookPreview.RowProblem(
                    sheet, line, code, "Score " + scoreText + " is outside " + scale.min() + "–" + scale.max()));
            return;
        }
        String version = text(row, 5);
        if (before != null && !String.valueOf(before.getVersion()).equals(version)) {
            problems.add(new WorkbookPreview.RowProblem(
                    sheet, line, code, "Changed since the export by " + before.getAnsweredBy()));
            return;
        }
        String comment = text(row, 3);
        String link = text(row, 4);
        if (before == null
                || before.getScore() != score
                || !Objects.equals(before.getComment(), comment)
                || !Objects.equals(before.getEvidenceLink(), link)) {
            changes.add(new WorkbookPreview.AnswerChange(
                    code,
                    before == null ? null : before.getScore(),
                    score,
                    before == null ? null : before.getComment(),
                    comment,
                    before == null ? null : before.getEvidenceLink(),
                    link));
        }
    }

    private static Integer parseScore(String text) {
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            return value == Math.rint(value) ? (int) value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(Row row, int column) {
        if (row == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String value = formatter.formatCellValue(cell).strip();
        return value.isEmpty() ? null : value;
    }

    private static Map<String, Answer> byCode(List<Answer> answers) {
        return answers.stream().collect(Collectors.toMap(Answer::getQuestionCode, Function.identity()));
    }
}
