package org.resilienceroadmap.assessment.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.resilienceroadmap.assessment.Answer;
import org.resilienceroadmap.assessment.Assessment;
import org.resilienceroadmap.assessment.AssessmentDetail;
import org.resilienceroadmap.assessment.AssessmentFindings;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.AssessmentWorkbook;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.assessment.Finding;
import org.resilienceroadmap.assessment.QuestionAnswer;
import org.resilienceroadmap.assessment.WorkbookPreview;
import org.resilienceroadmap.shared.api.HonoursIfMatch;
import org.resilienceroadmap.shared.api.PageResponse;
import org.resilienceroadmap.shared.api.Versioned;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Assessments")
class AssessmentController {

    private final AssessmentService assessments;
    private final AssessmentFindings assessmentFindings;
    private final AssessmentReads assessmentReads;
    private final AssessmentWorkbook workbooks;

    AssessmentController(
            AssessmentService assessments,
            AssessmentFindings assessmentFindings,
            AssessmentReads assessmentReads,
            AssessmentWorkbook workbooks) {
        this.assessments = assessments;
        this.assessmentFindings = assessmentFindings;
        this.assessmentReads = assessmentReads;
        this.workbooks = workbooks;
    }

    @PostMapping("/jurisdictions/{id}/assessments")
    @Operation(summary = "Open a scorecard self-assessment (chair); starts the assessment process")
    ResponseEntity<Created> open(@PathVariable Long id, @Valid @RequestBody Opening body) {
        Assessment a = assessments.open(id, body.template(), body.workshopStart(), body.workshopEnd());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + a.getId()))
                .body(new Created(a.getId()));
    }

    @GetMapping("/jurisdictions/{id}/assessments")
    @Operation(summary = "The jurisdiction's assessments, newest first")
    PageResponse<Summary> ofJurisdiction(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                assessmentReads.ofJurisdiction(id).stream().map(Summary::of).toList(), page, size);
    }

    @PutMapping("/assessments/{id}/assignments")
    @Operation(summary = "Name who scores which Essential (chair, before scoring starts)")
    ResponseEntity<Void> assign(@PathVariable Long id, @RequestBody Map<Integer, String> scorers) {
        assessments.assign(id, scorers);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/assessments/{id}")
    @Operation(
            summary = "State, template, answers, per-Essential scores, and every question with its answer's state",
            description = "questions: each question of the template in the scorecard's order (code, Essential, "
                    + "text and score meanings in the language asked for: `lang` en, ru or sr, else the caller's "
                    + "Accept-Language), its state (UNANSWERED, ANSWERED), and when answered its score, comment, "
                    + "evidence link, who answered and when, the answer's version; evidenceFiles counts the files "
                    + "behind it.")
    AssessmentJson get(
            @PathVariable Long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String lang,
            java.util.Locale locale) {
        AssessmentDetail d = assessmentReads.detail(id);
        String language =
                Languages.of(lang == null ? locale.toLanguageTag() : lang).getLanguage();
        return new AssessmentJson(
                Summary.of(d.assessment()),
                d.template().complete(),
                d.answers().stream().map(AnswerJson::of).toList(),
                d.scores().stream().map(ScoreJson::of).toList(),
                assessmentReads.questions(id).stream()
                        .map(q -> QuestionStateJson.of(q, language))
                        .toList());
    }

    @GetMapping("/assessments/{id}/answers/{questionCode}")
    @Operation(summary = "One answer with its version (its ETag); 404 while the question is unanswered")
    AnswerJson answerOf(@PathVariable Long id, @PathVariable String questionCode) {
        return assessmentReads.detail(id).answers().stream()
                .filter(a -> a.getQuestionCode().equals(questionCode))
                .findFirst()
                .map(AnswerJson::of)
                .orElseThrow(() -> new NotFoundException("Answer to question", questionCode));
    }

    @HonoursIfMatch(current = "answerOf")
    @PutMapping("/assessments/{id}/answers/{questionCode}")
    @Operation(summary = "Score a question (working group); send the version you saw, or none for a first answer")
    AnswerJson answer(@PathVariable Long id, @PathVariable String questionCode, @Valid @RequestBody Scoring body) {
        return AnswerJson.of(assessments.answer(
                id, questionCode, body.score(), body.comment(), body.evidenceLink(), body.version()));
    }

    @GetMapping("/assessments/{id}/results")
    @Operation(
            summary = "Per Essential: score, maximum, percent (unanswered questions are missing, not 0); the overall "
                    + "result as raw points and as the mean of the Essentials' percentages; findings")
    Results results(@PathVariable Long id) {
        AssessmentDetail d = assessmentReads.detail(id);
        return new Results(
                d.scores().stream().map(ScoreJson::of).toList(),
                org.resilienceroadmap.assessment.OverallResult.of(d.scores()),
                d.findings().stream().map(FindingJson::of).toList());
    }

    @PostMapping("/assessments/{id}/findings")
    @Operation(summary = "Add a finding while consolidating (chair)")
    FindingJson addFinding(@PathVariable Long id, @Valid @RequestBody FindingBody body) {
        return FindingJson.of(
                assessmentFindings.saveFinding(id, null, body.essential(), body.gap(), body.recommendation()));
    }

    @PutMapping("/assessments/{id}/findings/{findingId}")
    @Operation(summary = "Revise a finding while consolidating (chair)")
    FindingJson reviseFinding(
            @PathVariable Long id, @PathVariable Long findingId, @Valid @RequestBody FindingBody body) {
        return FindingJson.of(
                assessmentFindings.saveFinding(id, findingId, body.essential(), body.gap(), body.recommendation()));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/assessments/{id}/findings/{findingId}")
    @Operation(summary = "Dismiss (delete) a finding while consolidating (chair)")
    ResponseEntity<Void> dismissFinding(@PathVariable Long id, @PathVariable Long findingId) {
        assessmentFindings.dismissFinding(id, findingId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assessments/{id}/findings/{findingId}/merge")
    @Operation(summary = "Merge another finding into this one while consolidating (chair); the other is gone")
    FindingJson mergeFindings(@PathVariable Long id, @PathVariable Long findingId, @Valid @RequestBody Merge body) {
        return FindingJson.of(assessmentFindings.mergeFindings(id, findingId, body.mergedId()));
    }

    @GetMapping(value = "/assessments/{id}/workbook.xlsx")
    @Operation(summary = "The assessment as an Excel workbook, one sheet per Essential, for offline workshops")
    ResponseEntity<byte[]> workbook(
            @PathVariable Long id,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "en") String language) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"assessment-" + id + ".xlsx\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbooks.export(id, Languages.of(language).getLanguage()));
    }

    @PostMapping(value = "/assessments/{id}/workbook", consumes = "multipart/form-data")
    @Operation(summary = "Import a filled workbook: with dryRun=true only the preview; otherwise all or nothing")
    WorkbookPreview importWorkbook(
            @PathVariable Long id,
            @org.springframework.web.bind.annotation.RequestParam("file")
                    org.springframework.web.multipart.MultipartFile file,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean dryRun)
            throws java.io.IOException {
        return dryRun ? workbooks.preview(id, file.getBytes()) : workbooks.apply(id, file.getBytes());
    }

    @PostMapping("/assessments/{id}/participants")
    @Operation(summary = "Record a workshop participant: a working-group username, or a name with organisation (chair)")
    ResponseEntity<ParticipantJson> addParticipant(@PathVariable Long id, @Valid @RequestBody ParticipantBody body) {
        var p = assessments.addParticipant(id, body.username(), body.name(), body.organisation());
        return ResponseEntity.status(201)
                .body(new ParticipantJson(p.getId(), p.getName(), p.getOrganisation(), p.getUsername()));
    }

    @GetMapping("/assessments/{id}/participants")
    @Operation(summary = "The workshop's participants")
    PageResponse<ParticipantJson> participants(
            @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                assessmentReads.participants(id).stream()
                        .map(p -> new ParticipantJson(p.getId(), p.getName(), p.getOrganisation(), p.getUsername()))
                        .toList(),
                page,
                size);
    }

    record ParticipantBody(
            @Size(max = 64) String username,
            @Size(max = 200) String name,
            @Size(max = 200) String organisation) {}

    record ParticipantJson(Long id, String name, String organisation, String username) {}

    record Opening(@NotBlank String template, LocalDate workshopStart, LocalDate workshopEnd) {}

    record Created(Long id) {}

    record Scoring(
            @NotNull @Min(0) @Max(10) Integer score,
            @Size(max = 4000) String comment,
            @Size(max = 1000) String evidenceLink,
            Long version) {}

    record Merge(@NotNull Long mergedId) {}

    record FindingBody(
            @Min(1) @Max(10) int essential,
            @NotBlank @Size(max = 2000) String gap,
            @Size(max = 2000) String recommendation) {}

    record Summary(
            Long id,
            Long jurisdictionId,
            String template,
            String templateVersion,
            AssessmentState state,
            LocalDate workshopStart,
            LocalDate workshopEnd,
            String validatedBy,
            Instant validatedAt) {
        static Summary of(Assessment a) {
            return new Summary(
                    a.getId(),
                    a.getJurisdictionId(),
                    a.getTemplateId(),
                    a.getTemplateVersion(),
                    a.getState(),
                    a.getWorkshopStart(),
                    a.getWorkshopEnd(),
                    a.getValidatedBy(),
                    a.getValidatedAt());
        }
    }

    record AssessmentJson(
            Summary assessment,
            boolean templateComplete,
            List<AnswerJson> answers,
            List<ScoreJson> scores,
            List<QuestionStateJson> questions) {}

    /** A question as the template lists it, with where its answer stands; the answer's parts are none while unanswered. */
    record QuestionStateJson(
            ScorecardTemplateController.QuestionJson question,
            QuestionAnswer.State state,
            Integer score,
            String comment,
            String evidenceLink,
            String answeredBy,
            Instant answeredAt,
            Long version,
            int evidenceFiles) {

        static QuestionStateJson of(QuestionAnswer q, String language) {
            Answer a = q.answer();
            return new QuestionStateJson(
                    ScorecardTemplateController.QuestionJson.of(q.question(), q.essential(), language),
                    q.state(),
                    a == null ? null : a.getScore(),
                    a == null ? null : a.getComment(),
                    a == null ? null : a.getEvidenceLink(),
                    a == null ? null : a.getAnsweredBy(),
                    a == null ? null : a.getAnsweredAt(),
                    a == null ? null : a.getVersion(),
                    q.evidenceFiles());
        }
    }

    record AnswerJson(
            String questionCode,
            int score,
            String comment,
            String evidenceLink,
            String answeredBy,
            Instant answeredAt,
            long version)
            implements Versioned {
        static AnswerJson of(Answer a) {
            return new AnswerJson(
                    a.getQuestionCode(),
                    a.getScore(),
                    a.getComment(),
                    a.getEvidenceLink(),
                    a.getAnsweredBy(),
                    a.getAnsweredAt(),
                    a.getVersion());
        }
    }

    /** Essential 0 is the whole scorecard. */
    record ScoreJson(int essential, int score, int max, int answeredMax, int answered, int missing, Double percent) {
        static ScoreJson of(EssentialScore s) {
            return new ScoreJson(
                    s.essential(), s.sum(), s.maximum(), s.answeredMaximum(), s.answered(), s.missing(), s.percent());
        }
    }

    /** {@code overall}: the raw points and the mean of the Essentials' percentages, side by side. */
    record Results(
            List<ScoreJson> essentials,
            org.resilienceroadmap.assessment.OverallResult overall,
            List<FindingJson> findings) {}

    record FindingJson(Long id, int essential, String questionCode, String gap, String recommendation) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.getId(), f.getEssential(), f.getQuestionCode(), f.getGap(), f.getRecommendation());
        }
    }
}
