package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/** Export then import of an unchanged workbook changes nothing; an edited one changes exactly the edited answers. */
class WorkbookRoundTripTests extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    AssessmentWorkbook workbook;

    @Autowired
    TaskInbox inbox;

    private TestCity city;
    private Long id;

    @BeforeEach
    void scoreAFewQuestions() {
        city = fixtures.newCity();
        id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        var assign = as(city.chair(), () -> inbox.openTasks()).stream()
                .filter(t -> t.taskKey().equals(AssessmentProcess.TASK_ASSIGN))
                .findFirst()
                .orElseThrow();
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, Map.of()));
        as(city.member(), () -> assessments.answer(id, "P1.1", 1, "No strategy yet", null, null));
        as(city.member(), () -> assessments.answer(id, "P9.2", 2, null, "https://example.org/plan", null));
    }

    @Test
    void anUnchangedWorkbookChangesNothing() {
        Map<String, Long> before = versions();
        byte[] file = as(city.member(), () -> workbook.export(id, "en"));
        WorkbookPreview preview = as(city.member(), () -> workbook.apply(id, file));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changes()).isEmpty();
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void anEditedWorkbookChangesExactlyTheEditedAnswers() throws IOException {
        Map<String, Long> before = versions();
        byte[] edited = edit(as(city.member(), () -> workbook.export(id, "en")), book -> {
            row(book, "E1", "P1.1").getCell(2).setCellValue(2);
            Row p21 = row(book, "E2", "P2.1");
            p21.createCell(2).setCellValue(3);
            p21.createCell(3).setCellValue("Hazard maps updated in 2023");
        });
        WorkbookPreview preview = as(city.member(), () -> workbook.preview(id, edited));
        assertThat(preview.changes())
                .extracting(WorkbookPreview.AnswerChange::code)
                .containsExactlyInAnyOrder("P1.1", "P2.1");
        as(city.member(), () -> workbook.apply(id, edited));

        Map<String, Answer> after = answers();
        assertThat(after.get("P1.1").getScore()).isEqualTo(2);
        assertThat(after.get("P1.1").getComment()).isEqualTo("No strategy yet");
        assertThat(after.get("P2.1").getScore()).isEqualTo(3);
        assertThat(after.get("P2.1").getComment()).isEqualTo("Hazard maps updated in 2023");
        assertThat(after.get("P9.2").getVersion()).isEqualTo(before.get("P9.2"));
        assertThat(after).hasSize(3);
    }

    @Test
    void aWorkbookWithAnyBadRowChangesNothingAndNamesEveryProblem() throws IOException {
        Map<String, Long> before = versions();
        byte[] bad = edit(as(city.member(), () -> workbook.export(id, "en")), book -> {
            row(book, "E1", "P1.2").createCell(2).setCellValue(3);
            row(book, "E1", "P1.3").createCell(2).setCellValue(7);
            Row unknown = book.getSheet("E2").createRow(40);
            unknown.createCell(0).setCellValue("P2.9");
            unknown.createCell(2).setCellValue(1);
        });
        WorkbookPreview preview = as(city.member(), () -> workbook.preview(id, bad));
        assertThat(preview.problems())
                .extracting(p -> p.sheet() + " " + p.row() + " " + p.code())
                .containsExactlyInAnyOrder("E1 4 P1.3", "E2 41 P2.9");
        assertThatThrownBy(() -> as(city.member(), () -> workbook.apply(id, bad)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void refusesAnswersChangedSinceTheExport() throws IOException {
        byte[] exported = as(city.member(), () -> workbook.export(id, "en"));
        long version = answers().get("P1.1").getVersion();
        as(city.chair(), () -> assessments.answer(id, "P1.1", 0, "Nothing in place", null, version));
        byte[] edited =
                edit(exported, book -> row(book, "E1", "P1.1").getCell(2).setCellValue(3));
        WorkbookPreview preview = as(city.member(), () -> workbook.preview(id, edited));
        assertThat(preview.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("Changed since the export by " + city.chair()));
        assertThat(answers().get("P1.1").getScore()).isZero();
    }

    private Map<String, Long> versions() {
        return answers().values().stream().collect(Collectors.toMap(Answer::getQuestionCode, Answer::getVersion));
    }

    private Map<String, Answer> answers() {
        List<Answer> all = as(city.member(), () -> assessmentReads.detail(id)).answers();
        return all.stream().collect(Collectors.toMap(Answer::getQuestionCode, a -> a));
    }

    private static Row row(Workbook book, String sheet, String code) {
        for (Row r : book.getSheet(sheet)) {
            if (r.getCell(0) != null && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static byte[] edit(byte[] file, Consumer<Workbook> change) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
