package org.resilienceroadmap.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people read of the assessments in their scope: an assessment with its answers, scores and
 * findings, the one before it, a jurisdiction's list, participants, the working group, return notes.
 */
@Service
public class AssessmentReads {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final FindingRepository findings;
    private final ParticipantRepository participants;
    private final ScorecardTemplates templates;
    private final PeopleDirectory people;
    private final AssessmentAccess access;
    private final CurrentUser currentUser;
    private final ProcessRuns runs;
    private final AnswerEvidenceRepository evidence;

    AssessmentReads(
            AssessmentRepository assessments,
            AnswerRepository answers,
            FindingRepository findings,
            ParticipantRepository participants,
            ScorecardTemplates templates,
            PeopleDirectory people,
            AssessmentAccess access,
            CurrentUser currentUser,
            ProcessRuns runs,
            AnswerEvidenceRepository evidence) {
        this.evidence = evidence;
        this.assessments = assessments;
        this.answers = answers;
        this.findings = findings;
        this.participants = participants;
        this.templates = templates;
        this.people = people;
        this.access = access;
        this.currentUser = currentUser;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    public AssessmentDetail detail(Long assessmentId) {
        Assessment assessment = access.visible(currentUser.scope(), assessmentId);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        List<Answer> given = answers.findByAssessmentId(assessmentId);
        Map<String, Integer> scores =
                given.stream().collect(Collectors.toMap(Answer::getQuestionCode, Answer::getScore));
        return new AssessmentDetail(
                assessment,
                template,
                given,
                ScoreAggregation.of(template, scores),
                findings.findByAssessmentIdOrderByEssentialAscIdAsc(assessmentId));
    }

    /**
     * Every question of the assessment's template in the scorecard's order, with its answer (none
     * while unanswered) and the number of evidence files behind it.
     */
    @Transactional(readOnly = true)
    public List<QuestionAnswer> questions(Long assessmentId) {
        AssessmentDetail d = detail(assessmentId);
        Map<String, Answer> given = d.answers().stream().collect(Collectors.toMap(Answer::getQuestionCode, a -> a));
        Map<String, Long> files = evidence.findByAssessmentIdOrderByIdAsc(assessmentId).stream()
                .collect(Collectors.groupingBy(AnswerEvidence::getQuestionCode, Collectors.counting()));
        return d.template().essentials().stream()
                .flatMap(e -> e.questions().stream()
                        .map(q -> new QuestionAnswer(
                                q,
                                e.number(),
                                given.get(q.code()),
                                files.getOrDefault(q.code(), 0L).intValue())))
                .toList();
    }

    /** The assessment for its working group to score, e.g. from a workbook; for anyone else a 403 (404 out of scope). */
    @Transactional(readOnly = true)
    public AssessmentDetail detailForScoring(Long assessmentId) {
        UserScope me = currentUser.scope();
        access.requireWorkingGroup(me, access.visible(me, assessmentId).getJurisdictionId());
        return detail(assessmentId);
    }

    /** The latest validated assessment of the same jurisdiction and template opened before this one, for comparison. */
    @Transactional(readOnly = true)
    public Optional<AssessmentDetail> previousValidated(Long assessmentId) {
        Assessment current = access.visible(currentUser.scope(), assessmentId);
        return assessments.findByJurisdictionIdOrderByCreatedAtDesc(current.getJurisdictionId()).stream()
                .filter(a -> a.getState() == AssessmentState.VALIDATED
                        && a.getTemplateId().equals(current.getTemplateId())
                        && a.getId() < current.getId())
                .findFirst()
                .map(a -> detail(a.getId()));
    }

    @Transactional(readOnly = true)
    public List<Assessment> ofJurisdiction(Long jurisdictionId) {
        UserScope me = currentUser.scope();
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        return assessments.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId);
    }

    /**
     * The gaps the jurisdiction's validated assessments found, newest assessment first: what a
     * strategy's objectives answer. Without a scope check: callers check the jurisdiction first.
     */
    @Transactional(readOnly = true)
    public List<Finding> validatedFindingsOf(Long jurisdictionId) {
        return assessments.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId).stream()
                .filter(a -> a.getState() == AssessmentState.VALIDATED)
                .flatMap(a -> findings.findByAssessmentIdOrderByEssentialAscIdAsc(a.getId()).stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Participant> participants(Long assessmentId) {
        access.visible(currentUser.scope(), assessmentId);
        return participants.findByAssessmentIdOrderByName(assessmentId);
    }

    /** Who may score: the jurisdiction's chairs and members, by name, for the chair to choose from. */
    @Transactional(readOnly = true)
    public List<Scorer> workingGroup(Long assessmentId) {
        Assessment assessment = access.visible(currentUser.scope(), assessmentId);
        return people.membershipsIn(assessment.getJurisdictionId()).stream()
                .filter(m -> m.getRole() == Role.MEMBER || m.getRole() == Role.CHAIR)
                .map(m -> people.get(m.getPersonId()))
                .distinct()
                .map(p -> new Scorer(p.getUsername(), p.getDisplayName()))
                .sorted(java.util.Comparator.comparing(Scorer::name))
                .toList();
    }

    /** The name people read for an account that answered or added evidence (the username only if it is gone). */
    @Transactional(readOnly = true)
    public String nameOf(String username) {
        return people.findByUsername(username)
                .map(p -> p.getDisplayName())
                .filter(n -> !n.isBlank())
                .orElse(username);
    }

    /**
     * What the coordinator wrote to each Essential returned for scoring again, while it is being
     * scored again (nothing otherwise): the scorer of Essential n reads note n.
     */
    @Transactional(readOnly = true)
    public Map<Integer, String> returnNotes(Long assessmentId) {
        Assessment assessment = access.visible(currentUser.scope(), assessmentId);
        if (assessment.getState() != AssessmentState.SCORING) {
            return Map.of();
        }
        var instance = runs
                .activeRunsWith(AssessmentProcess.KEY, ProcessVariables.SUBJECT_ID, String.valueOf(assessmentId))
                .stream()
                .findFirst();
        if (instance.isEmpty()) {
            return Map.of();
        }
        var variables = runs.variables(
                instance.get(), List.of(AssessmentProcess.RETURN_NOTES, AssessmentProcess.ESSENTIALS_TO_SCORE));
        List<String> round = List.of(String.valueOf(variables.getOrDefault(AssessmentProcess.ESSENTIALS_TO_SCORE, ""))
                .split(","));
        return ReturnNotes.read(variables.get(AssessmentProcess.RETURN_NOTES)).entrySet().stream()
                .filter(e -> round.contains(String.valueOf(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The questions of an Essential nobody has answered yet, in the scorecard's order. */
    @Transactional(readOnly = true)
    public List<ScorecardQuestion> unanswered(Long assessmentId, int essential) {
        AssessmentDetail d = detail(assessmentId);
        var answered = d.answers().stream().map(Answer::getQuestionCode).collect(Collectors.toSet());
        return d.template().essentials().stream()
                .filter(e -> e.number() == essential)
                .flatMap(e -> e.questions().stream())
                .filter(q -> !answered.contains(q.code()))
                .toList();
    }
}
