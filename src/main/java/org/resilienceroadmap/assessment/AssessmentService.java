package org.resilienceroadmap.assessment;

import static org.resilienceroadmap.assessment.AssessmentText.blankToNull;
import static org.resilienceroadmap.assessment.AssessmentText.requireLength;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands on assessments of the jurisdictions in the caller's scope: the chair opens one and
 * assigns its Essentials and records who took part, the working group scores. The process
 * ({@code processes/assessment.bpmn}) moves the state ({@link AssessmentSteps}); this service refuses
 * what the state forbids. Reads are in {@link AssessmentReads}, evidence files in
 * {@link AssessmentEvidence}, the chair's consolidation in {@link AssessmentFindings}.
 */
@Service
public class AssessmentService {

    public static final String SUBJECT_TYPE = "ASSESSMENT";
    public static final int MAX_TEXT = 2000;

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final ParticipantRepository participants;
    private final ScorecardTemplates templates;
    private final PeopleDirectory people;
    private final AssessmentAccess access;
    private final CurrentUser currentUser;
    private final ProcessRuns runs;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentService(
            AssessmentRepository assessments,
            AnswerRepository answers,
            ParticipantRepository participants,
            ScorecardTemplates templates,
            PeopleDirectory people,
            AssessmentAccess access,
            CurrentUser currentUser,
            ProcessRuns runs,
            AuditLog audit,
            Clock clock) {
        this.assessments = assessments;
        this.answers = answers;
        this.participants = participants;
        this.templates = templates;
        this.people = people;
        this.access = access;
        this.currentUser = currentUser;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chair opens an assessment with a template; the assessment process starts. */
    @Transactional
    public Assessment open(Long jurisdictionId, String templateId, LocalDate workshopStart, LocalDate workshopEnd) {
        UserScope me = currentUser.scope();
        access.requireRole(me, jurisdictionId, Role.CHAIR);
        if (workshopStart != null && workshopEnd != null && workshopEnd.isBefore(workshopStart)) {
            throw new InvalidRequestException("workshopEnd", Refusal.of("refusal.assessment.workshopBackwards"));
        }
        ScorecardTemplate template;
        try {
            template = templates.get(templateId);
        } catch (NotFoundException e) {
            throw new InvalidRequestException("template", Refusal.of("refusal.assessment.noTemplate", templateId));
        }
        Assessment assessment = assessments.save(new Assessment(
                jurisdictionId, template, workshopStart, workshopEnd, me.username(), Instant.now(clock)));
        runs.start(
                AssessmentProcess.KEY,
                String.valueOf(assessment.getId()),
                Map.of(
                        ProcessVariables.SUBJECT_TYPE,
                        SUBJECT_TYPE,
                        ProcessVariables.SUBJECT_ID,
                        String.valueOf(assessment.getId()),
                        ProcessVariables.JURISDICTION_ID,
                        jurisdictionId,
                        ProcessVariables.DECIDED_BY,
                        me.username()));
        audit.record(new AuditEntry(
                me.username(),
                SUBJECT_TYPE,
                String.valueOf(assessment.getId()),
                "assessment:open",
                null,
                AssessmentState.DRAFT.name(),
                template.id() + " " + template.version()));
        return assessment;
    }

    /**
     * The chair names who scores which Essential; each scorer belongs to the working group. A blank
     * (or null) scorer gives the Essential back to the whole working group.
     */
    @Transactional
    public void assign(Long assessmentId, Map<Integer, String> scorers) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.visible(me, assessmentId);
        access.requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        List<String> group = people.membershipsIn(assessment.getJurisdictionId()).stream()
                .filter(m -> m.getRole() == Role.MEMBER || m.getRole() == Role.CHAIR)
                .map(m -> people.get(m.getPersonId()).getUsername())
                .toList();
        for (var entry : scorers.entrySet()) {
            if (template.essentials().stream().noneMatch(e -> e.number() == entry.getKey())) {
                throw new InvalidRequestException(
                        "essential", Refusal.of("refusal.assessment.noEssential", String.valueOf(entry.getKey())));
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                assessment.unassign(entry.getKey());
                continue;
            }
            if (!group.contains(entry.getValue())) {
                throw new InvalidRequestException(
                        "scorer", Refusal.of("refusal.review.notInWorkingGroup", new Refusal.Person(entry.getValue())));
            }
            assessment.assign(entry.getKey(), entry.getValue());
        }
    }

    /**
     * Records a score. {@code expectedVersion} is the answer's version the caller saw (null for a
     * question nobody has answered yet): another scorer's newer answer is never overwritten silently.
     */
    @Transactional
    public Answer answer(
            Long assessmentId,
            String questionCode,
            int score,
            String comment,
            String evidenceLink,
            Long expectedVersion) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.openForScoring(me, assessmentId);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        template.question(questionCode).orElseThrow(() -> new NotFoundException("Question", questionCode));
        if (score < template.scale().min() || score > template.scale().max()) {
            throw new InvalidRequestException(
                    "score",
                    Refusal.of(
                            "refusal.assessment.scoreRange",
                            String.valueOf(template.scale().min()),
                            String.valueOf(template.scale().max())));
        }
        requireLength("comment", comment, 4000);
        requireLength("evidenceLink", evidenceLink, 1000);
        if (evidenceLink != null && !evidenceLink.isBlank() && !evidenceLink.matches("(?i)https?://\\S+")) {
            throw new InvalidRequestException("evidenceLink", Refusal.of("refusal.assessment.evidenceLink"));
        }
        Answer answer = answers.findByAssessmentIdAndQuestionCode(assessmentId, questionCode)
                .orElseGet(() -> new Answer(assessmentId, questionCode));
        long current = answer.getId() == null ? -1 : answer.getVersion();
        boolean stale = answer.getId() != null && (expectedVersion == null || expectedVersion != current);
        if (stale && answer.says(score, blankToNull(comment), blankToNull(evidenceLink))) {
            // The same answer again from an older version (a message the browser sent twice, a second
            // click that crossed the first one's reply, a workbook imported twice) changes nothing and
            // is no conflict: nothing anyone said is lost.
            return answer;
        }
        if (stale) {
            throw new ConflictException(Refusal.of(
                    "refusal.assessment.answeredMeanwhile",
                    questionCode,
                    new Refusal.Person(answer.getAnsweredBy()),
                    String.valueOf(answer.getScore())));
        }
        answer.record(score, blankToNull(comment), blankToNull(evidenceLink), me.username(), Instant.now(clock));
        try {
            return answers.saveAndFlush(answer);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(Refusal.of("refusal.assessment.answeredSameMoment", questionCode));
        }
    }

    /**
     * The chair records who took part: a working-group account ({@code username}) or a free name with
     * its organisation. Not after validation.
     */
    @Transactional
    public Participant addParticipant(Long assessmentId, String username, String name, String organisation) {
        UserScope me = currentUser.scope();
        Assessment assessment = access.visible(me, assessmentId);
        access.requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        assessment.requireNotValidated();
        if (username != null && !username.isBlank()) {
            var person = people.findByUsername(username.strip())
                    .filter(p -> people.membershipsIn(assessment.getJurisdictionId()).stream()
                            .anyMatch(m -> m.getPersonId().equals(p.getId())))
                    .orElseThrow(() -> new InvalidRequestException(
                            "username", Refusal.of("refusal.review.notInWorkingGroup", new Refusal.Person(username))));
            return participants.save(new Participant(
                    assessmentId, person.getDisplayName(), person.getOrganisation(), person.getUsername()));
        }
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", Refusal.of("refusal.assessment.participant"));
        }
        requireLength("name", name, 200);
        requireLength("organisation", organisation, 200);
        return participants.save(new Participant(assessmentId, name.strip(), blankToNull(organisation), null));
    }
}
