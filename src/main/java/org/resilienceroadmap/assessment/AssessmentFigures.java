package org.resilienceroadmap.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments counted for monitoring. The caller has checked that the jurisdictions are in the
 * reader's scope (a donor's programme, a coordinator's country): this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentFigures {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final ScorecardTemplates templates;

    AssessmentFigures(AssessmentRepository assessments, AnswerRepository answers, ScorecardTemplates templates) {
        this.assessments = assessments;
        this.answers = answers;
        this.templates = templates;
    }

    /** Validated assessments of these jurisdictions, newest first. */
    public List<ValidatedAssessment> validatedIn(Collection<Long> jurisdictionIds) {
        return jurisdictionIds.isEmpty() ? List.of() : assessments.findValidated(jurisdictionIds);
    }

    /**
     * For each jurisdiction, its latest {@code perJurisdiction} validated assessments on the template
     * with their scores, newest first: three queries however many jurisdictions (not one per city).
     */
    public List<ValidatedResult> latestValidatedResults(
            Collection<Long> jurisdictionIds, String templateId, int perJurisdiction) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        ScorecardTemplate template = templates.get(templateId);
        Map<Long, Integer> taken = new HashMap<>();
        List<Assessment> latest = assessments.findValidatedOnTemplate(jurisdictionIds, templateId).stream()
                .filter(a -> taken.merge(a.getJurisdictionId(), 1, Integer::sum) <= perJurisdiction)
                .toList();
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Integer>> given = new HashMap<>();
        for (Answer answer : answers.findByAssessmentIdIn(
                latest.stream().map(Assessment::getId).toList())) {
            // A question the template no longer has (a newer template version) is left out, not an error.
            if (template.question(answer.getQuestionCode()).isPresent()) {
                given.computeIfAbsent(answer.getAssessmentId(), id -> new HashMap<>())
                        .put(answer.getQuestionCode(), answer.getScore());
            }
        }
        List<ValidatedResult> results = new ArrayList<>();
        for (Assessment a : latest) {
            results.add(new ValidatedResult(
                    a.getId(),
                    a.getJurisdictionId(),
                    templateId,
                    a.getValidatedAt(),
                    ScoreAggregation.of(template, given.getOrDefault(a.getId(), Map.of()))));
        }
        return results;
    }
}
