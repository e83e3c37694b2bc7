package org.resilienceroadmap.assessment;

import static org.resilienceroadmap.assessment.AssessmentService.MAX_TEXT;
import static org.resilienceroadmap.assessment.AssessmentService.SUBJECT_TYPE;
import static org.resilienceroadmap.assessment.AssessmentText.requireLength;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.workflow.PinnedComments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code processes/assessment.bpmn}, called by its delegates: the engine decides when,
 * these move the assessment's state and say what the process needs next. No scope checks: the
 * engine calls them, not a person.
 */
@Service
public class AssessmentSteps {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final FindingRepository findings;
    private final ScorecardTemplates templates;
    private final AssessmentAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final String defaultTemplate;
    private final PinnedComments pins;

    AssessmentSteps(
            AssessmentRepository assessments,
            AnswerRepository answers,
            FindingRepository findings,
            ScorecardTemplates templates,
            AssessmentAccess access,
            AuditLog audit,
            Clock clock,
            @Value("${roadmap.assessment.default-template:preliminary}") String defaultTemplate,
            PinnedComments pins) {
        this.pins = pins;
        this.assessments = assessments;
        this.answers = answers;
        this.findings = findings;
        this.templates = templates;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.defaultTemplate = defaultTemplate;
    }

    /**
     * Stage A of the roadmap opens its assessment itself (the roadmap process calls the assessment
     * process), with the default scorecard; the chair then assigns its Essentials.
     */
    @Transactional
    public Long openForRoadmap(Long jurisdictionId, String openedBy) {
        ScorecardTemplate template = templates.get(defaultTemplate);
        Assessment assessment = assessments.save(new Assessment(
                jurisdictionId, template, null, null, openedBy == null ? "roadmap" : openedBy, Instant.now(clock)));
        audit.record(new AuditEntry(
                openedBy == null ? "roadmap" : openedBy,
                SUBJECT_TYPE,
                String.valueOf(assessment.getId()),
                "assessment:open",
                null,
                AssessmentState.DRAFT.name(),
                null,
                template.id() + " " + template.version()));
        return assessment.getId();
    }

    /** Scoring starts: every Essential of the template is to be scored. */
    @Transactional
    public List<Integer> startScoring(Long assessmentId) {
        Assessment assessment = access.get(assessmentId);
        assessment.moveTo(AssessmentState.SCORING);
        return templates.get(assessment.getTemplateId()).essentials().stream()
                .map(EssentialSection::number)
                .toList();
    }

    /**
     * A coordinator returned named Essentials ("2,5"): each must be an Essential of the template, or
     * the return is refused as bad input and the validation task stays open. Answers the normalised list.
     */
    @Transactional
    public String reopenScoring(Long assessmentId, String returnedEssentials, Object returnNotes) {
        Assessment assessment = access.get(assessmentId);
        List<Integer> known = templates.get(assessment.getTemplateId()).essentials().stream()
                .map(EssentialSection::number)
                .toList();
        List<Integer> returned = new java.util.ArrayList<>();
        for (String item : returnedEssentials.split(",")) {
            try {
                int essential = Integer.parseInt(item.strip());
                if (!known.contains(essential)) {
                    throw new NumberFormatException();
                }
                if (!returned.contains(essential)) {
                    returned.add(essential);
                }
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(
                        "returnEssentials",
                        Refusal.of(
                                "refusal.assessment.notAnEssential",
                                item.strip(),
                                new Refusal.Words(
                                        known.stream().map(String::valueOf).toList(), false)));
            }
        }
        checkReturnNotes(returnNotes, returned);
        assessment.moveTo(AssessmentState.SCORING);
        return String.join(",", returned.stream().map(String::valueOf).toList());
    }

    /**
     * The notes that go with a return (what the validation page sends): only about Essentials being
     * returned, each no longer than a finding's text, so a scorer never reads a note meant for
     * nobody and the API cannot store more than the page allows.
     */
    private static void checkReturnNotes(Object returnNotes, List<Integer> returned) {
        if (!ReturnNotes.wellFormed(returnNotes)) {
            throw new InvalidRequestException("returnNotes", Refusal.of("refusal.assessment.notesShape"));
        }
        for (var note : ReturnNotes.read(returnNotes).entrySet()) {
            if (!returned.contains(note.getKey())) {
                throw new InvalidRequestException(
                        "returnNotes", Refusal.of("refusal.assessment.noteNotReturned", String.valueOf(note.getKey())));
            }
            requireLength("returnNotes", note.getValue(), MAX_TEXT);
        }
    }

    /** Consolidation starts: every low-scoring question without a finding yet is proposed as one. */
    @Transactional
    public void beginConsolidation(Long assessmentId) {
        Assessment assessment = access.get(assessmentId);
        assessment.moveTo(AssessmentState.CONSOLIDATION);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        List<String> covered = findings.findByAssessmentIdOrderByEssentialAscIdAsc(assessmentId).stream()
                .map(Finding::getQuestionCode)
                .toList();
        int low = template.scale().min()
                + (template.scale().max() - template.scale().min()) / 3;
        for (Answer a : answers.findByAssessmentId(assessmentId)) {
            if (a.getScore() <= low && !covered.contains(a.getQuestionCode())) {
                ScorecardQuestion q = template.question(a.getQuestionCode()).orElseThrow();
                findings.save(new Finding(
                        assessmentId, template.essentialOf(q.code()), q.code(), q.code() + " — " + q.text("en"), null));
            }
        }
    }

    @Transactional
    public void submitForValidation(Long assessmentId) {
        pins.requireNoneOpen(AssessmentService.SUBJECT_TYPE, String.valueOf(assessmentId));
        access.get(assessmentId).moveTo(AssessmentState.IN_VALIDATION);
    }

    @Transactional
    public void markValidated(Long assessmentId, String validatedBy) {
        Assessment assessment = access.get(assessmentId);
        assessment.validate(validatedBy, Instant.now(clock));
    }

    /** Who scores an Essential, if the chair named someone; else the task goes to the whole working group. */
    @Transactional(readOnly = true)
    public String scorerOf(Long assessmentId, int essential) {
        return access.get(assessmentId).getScorers().get(essential);
    }
}
