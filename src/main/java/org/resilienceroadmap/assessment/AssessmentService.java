package org.resilienceroadmap.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.files.FileFacts;
import org.resilienceroadmap.shared.files.FileStore;
import org.resilienceroadmap.shared.files.StoredFile;
import org.resilienceroadmap.shared.files.UploadPolicy;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of the jurisdictions in the caller's scope: the chair opens one and assigns its
 * Essentials, the working group scores, the chair consolidates the findings. The process
 * ({@code processes/assessment.bpmn}) moves the state; this service refuses what the state forbids.
 */
@Service
public class AssessmentService {

    public static final String SUBJECT_TYPE = "ASSESSMENT";
    public static final int MAX_TEXT = 2000;

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final AnswerEvidenceRepository evidence;
    private final FileStore files;
    private final long maxEvidenceBytes;
    private final FindingRepository findings;
    private final ParticipantRepository participants;
    private final ScorecardTemplates templates;
    private final JurisdictionDirectory jurisdictions;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String defaultTemplate;

    AssessmentService(AssessmentRepository assessments, AnswerRepository answers, FindingRepository findings,
            ParticipantRepository participants, AnswerEvidenceRepository evidence, FileStore files,
            @org.springframework.beans.factory.annotation.Value(
                    "${roadmap.assessment.max-evidence-bytes:20971520}") long maxEvidenceBytes,
            ScorecardTemplates templates, JurisdictionDirectory jurisdictions, PeopleDirectory people,
            CurrentUser currentUser, RuntimeService runtime, AuditLog audit, ApplicationEventPublisher events,
            Clock clock, @org.springframework.beans.factory.annotation.Value(
                    "${roadmap.assessment.default-template:preliminary}") String defaultTemplate) {
        this.defaultTemplate = defaultTemplate;
        this.assessments = assessments;
        this.answers = answers;
        this.evidence = evidence;
        this.files = files;
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.findings = findings;
        this.participants = participants;
        this.templates = templates;
        this.jurisdictions = jurisdictions;
        this.people = people;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The chair opens an assessment with a template; the assessment process starts. */
    @Transactional
    public Assessment open(Long jurisdictionId, String templateId, LocalDate workshopStart, LocalDate workshopEnd) {
        UserScope me = currentUser.scope();
        requireRole(me, jurisdictionId, Role.CHAIR);
        if (workshopStart != null && workshopEnd != null && workshopEnd.isBefore(workshopStart)) {
            throw new InvalidRequestException("workshopEnd", Refusal.of("refusal.assessment.workshopBackwards"));
        }
        ScorecardTemplate template;
        try {
            template = templates.get(templateId);
        } catch (NotFoundException e) {
            throw new InvalidRequestException("template", Refusal.of("refusal.assessment.noTemplate", templateId));
        }
        Assessment assessment = assessments.save(new Assessment(jurisdictionId, template, workshopStart, workshopEnd,
                me.username(), Instant.now(clock)));
        runtime.startProcessInstanceByKey(AssessmentProcess.KEY, String.valueOf(assessment.getId()), Map.of(
                ProcessVariables.SUBJECT_TYPE, SUBJECT_TYPE,
                ProcessVariables.SUBJECT_ID, String.valueOf(assessment.getId()),
                ProcessVariables.JURISDICTION_ID, jurisdictionId,
                ProcessVariables.DECIDED_BY, me.username()));
        audit.record(new AuditEntry(me.username(), SUBJECT_TYPE, String.valueOf(assessment.getId()), "assessment:open",
                null, AssessmentState.DRAFT.name(), template.id() + " " + template.version()));
        events.publishEvent(new AssessmentOpened(assessment.getId(), jurisdictionId, template.id()));
        return assessment;
    }

    /**
     * Stage A of the roadmap opens its assessment itself (the roadmap process calls the assessment
     * process), with the default scorecard; the chair then assigns its Essentials.
     */
    @Transactional
    public Long openForRoadmap(Long jurisdictionId, String openedBy) {
        ScorecardTemplate template = templates.get(defaultTemplate);
        Assessment assessment = assessments.save(new Assessment(jurisdictionId, template, null, null,
                openedBy == null ? "roadmap" : openedBy, Instant.now(clock)));
        audit.record(new AuditEntry(openedBy == null ? "roadmap" : openedBy, SUBJECT_TYPE,
                String.valueOf(assessment.getId()), "assessment:open", null, AssessmentState.DRAFT.name(),
                null, template.id() + " " + template.version()));
        events.publishEvent(new AssessmentOpened(assessment.getId(), jurisdictionId, template.id()));
        return assessment.getId();
    }

    /**
     * The chair names who scores which Essential; each scorer belongs to the working group. A blank
     * (or null) scorer gives the Essential back to the whole working group.
     */
    @Transactional
    public void assign(Long assessmentId, Map<Integer, String> scorers) {
        UserScope me = currentUser.scope();
        Assessment assessment = visible(me, assessmentId);
        requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        List<String> group = people.membershipsIn(assessment.getJurisdictionId()).stream()
                .filter(m -> m.getRole() == Role.MEMBER || m.getRole() == Role.CHAIR)
                .map(m -> people.get(m.getPersonId()).getUsername()).toList();
        for (var entry : scorers.entrySet()) {
            if (template.essentials().stream().noneMatch(e -> e.number() == entry.getKey())) {
                throw new InvalidRequestException("essential", Refusal.of("refusal.assessment.noEssential", String.valueOf(entry.getKey())));
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                assessment.unassign(entry.getKey());
                continue;
            }
            if (!group.contains(entry.getValue())) {
                throw new InvalidRequestException("scorer", Refusal.of("refusal.review.notInWorkingGroup", new Refusal.Person(entry.getValue())));
            }
            assessment.assign(entry.getKey(), entry.getValue());
        }
    }

    /** Who may score: the jurisdiction's chairs and members, by name, for the chair to choose from. */
    @Transactional(readOnly = true)
    public List<Scorer> workingGroup(Long assessmentId) {
        Assessment assessment = visible(currentUser.scope(), assessmentId);
        return people.membershipsIn(assessment.getJurisdictionId()).stream()
                .filter(m -> m.getRole() == Role.MEMBER || m.getRole() == Role.CHAIR)
                .map(m -> people.get(m.getPersonId())).distinct()
                .map(p -> new Scorer(p.getUsername(), p.getDisplayName()))
                .sorted(java.util.Comparator.comparing(Scorer::name)).toList();
    }

    /** A working-group member who may score, with the name people read. */
    public record Scorer(String username, String name) {
    }

    /**
     * Records a score. {@code expectedVersion} is the answer's version the caller saw (null for a
     * question nobody has answered yet): another scorer's newer answer is never overwritten silently.
     */
    @Transactional
    public Answer answer(Long assessmentId, String questionCode, int score, String comment, String evidenceLink,
            Long expectedVersion) {
        UserScope me = currentUser.scope();
        Assessment assessment = openForScoring(me, assessmentId);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        template.question(questionCode).orElseThrow(() -> new NotFoundException("Question", questionCode));
        if (score < template.scale().min() || score > template.scale().max()) {
            throw new InvalidRequestException("score", Refusal.of("refusal.assessment.scoreRange",
                    String.valueOf(template.scale().min()), String.valueOf(template.scale().max())));
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
            throw new ConflictException(Refusal.of("refusal.assessment.answeredMeanwhile", questionCode,
                    new Refusal.Person(answer.getAnsweredBy()), String.valueOf(answer.getScore())));
        }
        answer.record(score, blankToNull(comment), blankToNull(evidenceLink), me.username(), Instant.now(clock));
        try {
            return answers.saveAndFlush(answer);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(Refusal.of("refusal.assessment.answeredSameMoment", questionCode));
        }
    }

    /** What an evidence file on an answer may be: what action evidence accepts (PDF, images, office documents). */
    public UploadPolicy evidencePolicy() {
        return UploadPolicy.anyDocument(maxEvidenceBytes);
    }

    /** Someone who may answer the question adds a file behind the answer, while scoring is open. */
    @Transactional
    public EvidenceFile addEvidence(Long assessmentId, String questionCode, String fileName, byte[] content) {
        UserScope me = currentUser.scope();
        Assessment assessment = openForScoring(me, assessmentId);
        templates.get(assessment.getTemplateId()).question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        StoredFile file = files.store(fileName, content, evidencePolicy(), me.username());
        AnswerEvidence added = evidence.save(new AnswerEvidence(assessmentId, questionCode, file.getId(),
                me.username(), Instant.now(clock)));
        audit.record(new AuditEntry(me.username(), SUBJECT_TYPE, String.valueOf(assessmentId), "assessment:addEvidence",
                null, questionCode, file.getName()));
        return listed(added, new FileFacts(file.getId(), file.getName(), file.getSize()));
    }

    /** The evidence files of a question, oldest first, for anyone who sees the assessment. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> evidence(Long assessmentId, String questionCode) {
        Assessment assessment = visible(currentUser.scope(), assessmentId);
        templates.get(assessment.getTemplateId()).question(questionCode)
                .orElseThrow(() -> new NotFoundException("Question", questionCode));
        return listed(evidence.findByAssessmentIdAndQuestionCodeOrderByIdAsc(assessmentId, questionCode));
    }

    /** Every question's evidence files at once, by question, oldest first: the scoring page reads them in one go. */
    @Transactional(readOnly = true)
    public Map<String, List<EvidenceFile>> evidence(Long assessmentId) {
        visible(currentUser.scope(), assessmentId);
        return listed(evidence.findByAssessmentIdOrderByIdAsc(assessmentId)).stream()
                .collect(Collectors.groupingBy(EvidenceFile::questionCode));
    }

    /** Names and sizes come without the files' content. */
    private List<EvidenceFile> listed(List<AnswerEvidence> found) {
        Map<Long, FileFacts> facts = files.facts(found.stream().map(AnswerEvidence::getFileId).toList());
        return found.stream().map(e -> listed(e, facts.get(e.getFileId()))).toList();
    }

    /** One evidence file of the assessment, for anyone who sees the assessment; another assessment's file is a 404. */
    @Transactional(readOnly = true)
    public StoredFile evidenceFile(Long assessmentId, Long fileId) {
        visible(currentUser.scope(), assessmentId);
        evidence.findByAssessmentIdAndFileId(assessmentId, fileId)
                .orElseThrow(() -> new NotFoundException("Evidence", fileId));
        return files.get(fileId);
    }

    /** Whether the caller may take this file back: its uploader or the chair, while scoring is open. */
    @Transactional(readOnly = true)
    public boolean mayRemoveEvidence(Long assessmentId, EvidenceFile file) {
        UserScope me = currentUser.scope();
        Assessment assessment = visible(me, assessmentId);
        return isOpenForScoring(assessment) && inWorkingGroup(me, assessment.getJurisdictionId())
                && (file.addedBy().equals(me.username()) || hasRole(me, assessment.getJurisdictionId(), Role.CHAIR));
    }

    /** Whether the caller may add evidence now: the working group, while scoring is open. */
    @Transactional(readOnly = true)
    public boolean mayAddEvidence(Long assessmentId) {
        UserScope me = currentUser.scope();
        Assessment assessment = visible(me, assessmentId);
        return isOpenForScoring(assessment) && inWorkingGroup(me, assessment.getJurisdictionId());
    }

    /** The uploader or the chair removes an evidence file while scoring is open; the file goes with it. */
    @Transactional
    public void removeEvidence(Long assessmentId, Long fileId) {
        UserScope me = currentUser.scope();
        Assessment assessment = openForScoring(me, assessmentId);
        AnswerEvidence found = evidence.findByAssessmentIdAndFileId(assessmentId, fileId)
                .orElseThrow(() -> new NotFoundException("Evidence", fileId));
        if (!found.getAddedBy().equals(me.username()) && !hasRole(me, assessment.getJurisdictionId(), Role.CHAIR)) {
            throw new ForbiddenException(Refusal.of("refusal.assessment.fileRemoval"));
        }
        String name = files.facts(List.of(fileId)).get(fileId).name();
        evidence.delete(found);
        evidence.flush();
        files.delete(fileId);
        audit.record(new AuditEntry(me.username(), SUBJECT_TYPE, String.valueOf(assessmentId),
                "assessment:removeEvidence", found.getQuestionCode(), null, name));
    }

    private Assessment openForScoring(UserScope me, Long assessmentId) {
        Assessment assessment = visible(me, assessmentId);
        requireWorkingGroup(me, assessment.getJurisdictionId());
        if (!isOpenForScoring(assessment)) {
            // Said in words: the state's constant is no text for the person who reads the answer.
            throw new ConflictException(Refusal.of("refusal.assessment.notScoring"));
        }
        return assessment;
    }

    private static boolean isOpenForScoring(Assessment assessment) {
        return assessment.getState() == AssessmentState.SCORING
                || assessment.getState() == AssessmentState.CONSOLIDATION;
    }

    private EvidenceFile listed(AnswerEvidence e, FileFacts file) {
        return new EvidenceFile(e.getFileId(), e.getQuestionCode(), file.name(), file.size(), e.getAddedBy(),
                nameOf(e.getAddedBy()), e.getAddedAt());
    }

    /** The name people read for an account that answered or added evidence (the username only if it is gone). */
    @Transactional(readOnly = true)
    public String nameOf(String username) {
        return people.findByUsername(username).map(p -> p.getDisplayName()).filter(n -> !n.isBlank()).orElse(username);
    }

    @Transactional(readOnly = true)
    public AssessmentDetail detail(Long assessmentId) {
        Assessment assessment = visible(currentUser.scope(), assessmentId);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        List<Answer> given = answers.findByAssessmentId(assessmentId);
        Map<String, Integer> scores = given.stream().collect(Collectors.toMap(Answer::getQuestionCode,
                Answer::getScore));
        return new AssessmentDetail(assessment, template, given, ScoreAggregation.of(template, scores),
                findings.findByAssessmentIdOrderByEssentialAscIdAsc(assessmentId));
    }

    /** The assessment for its working group to score, e.g. from a workbook; for anyone else a 403 (404 out of scope). */
    @Transactional(readOnly = true)
    public AssessmentDetail detailForScoring(Long assessmentId) {
        UserScope me = currentUser.scope();
        requireWorkingGroup(me, visible(me, assessmentId).getJurisdictionId());
        return detail(assessmentId);
    }

    /** The latest validated assessment of the same jurisdiction and template opened before this one, for comparison. */
    @Transactional(readOnly = true)
    public java.util.Optional<AssessmentDetail> previousValidated(Long assessmentId) {
        Assessment current = visible(currentUser.scope(), assessmentId);
        return assessments.findByJurisdictionIdOrderByCreatedAtDesc(current.getJurisdictionId()).stream()
                .filter(a -> a.getState() == AssessmentState.VALIDATED && a.getTemplateId().equals(current.getTemplateId())
                        && a.getId() < current.getId())
                .findFirst().map(a -> detail(a.getId()));
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

    /**
     * The chair records who took part: a working-group account ({@code username}) or a free name with
     * its organisation. Not after validation.
     */
    @Transactional
    public Participant addParticipant(Long assessmentId, String username, String name, String organisation) {
        UserScope me = currentUser.scope();
        Assessment assessment = visible(me, assessmentId);
        requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        assessment.requireNotValidated();
        if (username != null && !username.isBlank()) {
            var person = people.findByUsername(username.strip())
                    .filter(p -> people.membershipsIn(assessment.getJurisdictionId()).stream()
                            .anyMatch(m -> m.getPersonId().equals(p.getId())))
                    .orElseThrow(() -> new InvalidRequestException("username", Refusal.of("refusal.review.notInWorkingGroup", new Refusal.Person(username))));
            return participants.save(new Participant(assessmentId, person.getDisplayName(), person.getOrganisation(),
                    person.getUsername()));
        }
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", Refusal.of("refusal.assessment.participant"));
        }
        requireLength("name", name, 200);
        requireLength("organisation", organisation, 200);
        return participants.save(new Participant(assessmentId, name.strip(), blankToNull(organisation), null));
    }

    @Transactional(readOnly = true)
    public List<Participant> participants(Long assessmentId) {
        visible(currentUser.scope(), assessmentId);
        return participants.findByAssessmentIdOrderByName(assessmentId);
    }

    /** The chair adds or revises a finding while consolidating. */
    @Transactional
    public Finding saveFinding(Long assessmentId, Long findingId, int essential, String gap, String recommendation) {
        UserScope me = currentUser.scope();
        Assessment assessment = visible(me, assessmentId);
        requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        assessment.requireState(AssessmentState.CONSOLIDATION);
        if (gap == null || gap.isBlank()) {
            throw new InvalidRequestException("gap", Refusal.of("refusal.assessment.findingGap"));
        }
        requireLength("gap", gap, MAX_TEXT);
        requireLength("recommendation", recommendation, MAX_TEXT);
        if (essential < 1 || essential > 10) {
            throw new InvalidRequestException("essential", Refusal.of("refusal.strategy.essentials"));
        }
        if (findingId == null) {
            return findings.save(new Finding(assessmentId, essential, null, gap.strip(), blankToNull(recommendation)));
        }
        Finding finding = findings.findById(findingId).filter(f -> f.getAssessmentId().equals(assessmentId))
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
        finding.revise(gap.strip(), blankToNull(recommendation));
        return finding;
    }

    /** The chair dismisses a finding (one proposed from a low score, or one added) while consolidating. */
    @Transactional
    public void dismissFinding(Long assessmentId, Long findingId) {
        Finding finding = findingToChange(assessmentId, findingId);
        findings.delete(finding);
        audit.record(new AuditEntry(currentUser.scope().username(), SUBJECT_TYPE, String.valueOf(assessmentId),
                "assessment:dismissFinding", null, null, finding.getGap()));
    }

    /**
     * The chair merges one finding into another while consolidating: the kept one says both gaps and
     * both recommendations (within the length a finding has), the other is gone.
     */
    @Transactional
    public Finding mergeFindings(Long assessmentId, Long keptId, Long mergedId) {
        Finding kept = findingToChange(assessmentId, keptId);
        if (keptId.equals(mergedId)) {
            throw new InvalidRequestException("mergedId", Refusal.of("refusal.assessment.mergeItself"));
        }
        Finding merged = findingToChange(assessmentId, mergedId);
        String gap = joined(kept.getGap(), merged.getGap());
        String recommendation = joined(kept.getRecommendation(), merged.getRecommendation());
        requireLength("gap", gap, MAX_TEXT);
        requireLength("recommendation", recommendation, MAX_TEXT);
        kept.revise(gap, recommendation);
        findings.delete(merged);
        audit.record(new AuditEntry(currentUser.scope().username(), SUBJECT_TYPE, String.valueOf(assessmentId),
                "assessment:mergeFindings", null, null, merged.getGap(), String.valueOf(keptId)));
        return kept;
    }

    private Finding findingToChange(Long assessmentId, Long findingId) {
        UserScope me = currentUser.scope();
        Assessment assessment = visible(me, assessmentId);
        requireRole(me, assessment.getJurisdictionId(), Role.CHAIR);
        assessment.requireState(AssessmentState.CONSOLIDATION);
        return findings.findById(findingId).filter(f -> f.getAssessmentId().equals(assessmentId))
                .orElseThrow(() -> new NotFoundException("Finding", findingId));
    }

    private static String joined(String first, String second) {
        if (first == null || second == null || first.equals(second)) {
            return first == null ? second : first;
        }
        return first + "\n\n" + second;
    }

    /**
     * What the coordinator wrote to each Essential returned for scoring again, while it is being
     * scored again (nothing otherwise): the scorer of Essential n reads note n.
     */
    @Transactional(readOnly = true)
    public Map<Integer, String> returnNotes(Long assessmentId) {
        Assessment assessment = visible(currentUser.scope(), assessmentId);
        if (assessment.getState() != AssessmentState.SCORING) {
            return Map.of();
        }
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY)
                .variableValueEquals(ProcessVariables.SUBJECT_ID, String.valueOf(assessmentId)).active().list()
                .stream().findFirst();
        if (instance.isEmpty()) {
            return Map.of();
        }
        var variables = runtime.getVariables(instance.get().getId(),
                List.of(AssessmentProcess.RETURN_NOTES, AssessmentProcess.ESSENTIALS_TO_SCORE));
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
        return d.template().essentials().stream().filter(e -> e.number() == essential)
                .flatMap(e -> e.questions().stream()).filter(q -> !answered.contains(q.code())).toList();
    }

    // ---- steps of the assessment process (called by its delegates) ----

    /** Scoring starts: every Essential of the template is to be scored. */
    @Transactional
    public List<Integer> startScoring(Long assessmentId) {
        Assessment assessment = get(assessmentId);
        assessment.moveTo(AssessmentState.SCORING);
        return templates.get(assessment.getTemplateId()).essentials().stream().map(EssentialSection::number).toList();
    }

    /**
     * A coordinator returned named Essentials ("2,5"): each must be an Essential of the template, or
     * the return is refused as bad input and the validation task stays open. Answers the normalised list.
     */
    @Transactional
    public String reopenScoring(Long assessmentId, String returnedEssentials, Object returnNotes) {
        Assessment assessment = get(assessmentId);
        List<Integer> known = templates.get(assessment.getTemplateId()).essentials().stream()
                .map(EssentialSection::number).toList();
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
                throw new InvalidRequestException("returnEssentials", Refusal.of("refusal.assessment.notAnEssential",
                        item.strip(), new Refusal.Words(known.stream().map(String::valueOf).toList(), false)));
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
                throw new InvalidRequestException("returnNotes", Refusal.of("refusal.assessment.noteNotReturned", String.valueOf(note.getKey())));
            }
            requireLength("returnNotes", note.getValue(), MAX_TEXT);
        }
    }

    /** Consolidation starts: every low-scoring question without a finding yet is proposed as one. */
    @Transactional
    public void beginConsolidation(Long assessmentId) {
        Assessment assessment = get(assessmentId);
        assessment.moveTo(AssessmentState.CONSOLIDATION);
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        List<String> covered = findings.findByAssessmentIdOrderByEssentialAscIdAsc(assessmentId).stream()
                .map(Finding::getQuestionCode).toList();
        int low = template.scale().min() + (template.scale().max() - template.scale().min()) / 3;
        for (Answer a : answers.findByAssessmentId(assessmentId)) {
            if (a.getScore() <= low && !covered.contains(a.getQuestionCode())) {
                ScorecardQuestion q = template.question(a.getQuestionCode()).orElseThrow();
                findings.save(new Finding(assessmentId, template.essentialOf(q.code()), q.code(),
                        q.code() + " — " + q.text("en"), null));
            }
        }
    }

    @Transactional
    public void submitForValidation(Long assessmentId) {
        get(assessmentId).moveTo(AssessmentState.IN_VALIDATION);
    }

    @Transactional
    public void markValidated(Long assessmentId, String validatedBy) {
        Assessment assessment = get(assessmentId);
        assessment.validate(validatedBy, Instant.now(clock));
        events.publishEvent(new AssessmentValidated(assessmentId, assessment.getJurisdictionId(), validatedBy));
    }

    /** Who scores an Essential, if the chair named someone; else the task goes to the whole working group. */
    @Transactional(readOnly = true)
    public String scorerOf(Long assessmentId, int essential) {
        return get(assessmentId).getScorers().get(essential);
    }

    private Assessment get(Long id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("Assessment", id));
    }

    private Assessment visible(UserScope me, Long id) {
        Assessment assessment = get(id);
        if (!me.sees(assessment.getJurisdictionId())) {
            throw new NotFoundException("Assessment", id);
        }
        return assessment;
    }

    private void requireRole(UserScope me, Long jurisdictionId, Role role) {
        if (!me.sees(jurisdictionId)) {
            throw new NotFoundException("Jurisdiction", jurisdictionId);
        }
        if (!hasRole(me, jurisdictionId, role)) {
            throw new ForbiddenException(Refusal.of("refusal.assessment.onlyRole", new Refusal.Text("role." + role.name())));
        }
    }

    /** Whether the caller holds this role in the jurisdiction (its engine group, e.g. chair:RS-KV). */
    private boolean hasRole(UserScope me, Long jurisdictionId, Role role) {
        return me.groups().contains(role.name().toLowerCase() + ":" + jurisdictions.get(jurisdictionId).getCode());
    }

    private boolean inWorkingGroup(UserScope me, Long jurisdictionId) {
        return hasRole(me, jurisdictionId, Role.MEMBER) || hasRole(me, jurisdictionId, Role.CHAIR);
    }

    private void requireWorkingGroup(UserScope me, Long jurisdictionId) {
        if (!inWorkingGroup(me, jurisdictionId)) {
            throw new ForbiddenException(Refusal.of("refusal.assessment.onlyWorkingGroup"));
        }
    }

    private static void requireLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidRequestException(field, Refusal.counted("refusal.text.atMost", max));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
