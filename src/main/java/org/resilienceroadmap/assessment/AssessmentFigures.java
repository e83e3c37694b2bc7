package org.resilienceroadmap.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

    /** How many of the weakest Essentials a portfolio row names. */
    static final int WEAKEST = 3;

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final ScorecardTemplates templates;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AssessmentFigures(
            AssessmentRepository assessments,
            AnswerRepository answers,
            ScorecardTemplates templates,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.assessments = assessments;
        this.answers = answers;
        this.templates = templates;
        this.jdbc = jdbc;
    }

    /**
     * Each of these jurisdictions' latest validated assessment with its scores, in two queries (the
     * assessments, then their answers): meant for one page of jurisdictions, as the answers are read.
     * Jurisdictions without a validated assessment are missing.
     */
    public Map<Long, LatestScore> latestScores(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return Map.of();
        }
        record Latest(Long id, Long jurisdictionId, String templateId, Instant validatedAt) {}
        Map<Long, Latest> latest = new HashMap<>();
        jdbc.sql("select id, jurisdiction_id, template_id, validated_at from assessment"
                        + " where state = 'VALIDATED' and jurisdiction_id in (:ids) order by validated_at, id")
                .param("ids", jurisdictionIds)
                .query((rs, n) -> latest.put(
                        rs.getLong(2),
                        new Latest(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getObject(4, java.time.OffsetDateTime.class).toInstant())))
                .list();
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, Integer>> answers = new HashMap<>();
        jdbc.sql("select assessment_id, question_code, score from assessment_answer where assessment_id in (:ids)")
                .param("ids", latest.values().stream().map(Latest::id).toList())
                .query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                        .put(rs.getString(2), rs.getInt(3)))
                .list();
        Map<String, ScorecardTemplate> byId = new HashMap<>();
        Map<Long, LatestScore> scores = new HashMap<>();
        for (Latest l : latest.values()) {
            ScorecardTemplate template = byId.computeIfAbsent(l.templateId(), templates::get);
            List<EssentialScore> all = ScoreAggregation.ofKnown(template, answers.getOrDefault(l.id(), Map.of()));
            EssentialScore total = all.get(all.size() - 1);
            List<EssentialScore> weakest = all.subList(0, all.size() - 1).stream()
                    .filter(e -> e.percent() != null)
                    .sorted(Comparator.comparing(EssentialScore::percent).thenComparing(EssentialScore::essential))
                    .limit(WEAKEST)
                    .toList();
            scores.put(
                    l.jurisdictionId(),
                    new LatestScore(l.jurisdictionId(), l.id(), l.validatedAt(), total.percent(), weakest));
        }
        return scores;
    }

    /** Validated assessments of these jurisdictions, newest first. */
    public List<ValidatedAssessment> validatedIn(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, jurisdiction_id, validated_at from assessment"
                        + " where state = 'VALIDATED' and jurisdiction_id = any(:ids)"
                        + " order by validated_at desc, id desc")
                .param("ids", org.resilienceroadmap.shared.IdArray.of(jurisdictionIds))
                .query((rs, n) -> (ValidatedAssessment) new Validated(
                        rs.getLong(1),
                        rs.getLong(2),
                        java.util.Optional.ofNullable(rs.getTimestamp(3))
                                .map(java.sql.Timestamp::toInstant)
                                .orElse(null)))
                .list();
    }

    private record Validated(Long getId, Long getJurisdictionId, Instant getValidatedAt)
            implements ValidatedAssessment {}

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
            given.computeIfAbsent(answer.getAssessmentId(), id -> new HashMap<>())
                    .put(answer.getQuestionCode(), answer.getScore());
        }
        List<ValidatedResult> results = new ArrayList<>();
        for (Assessment a : latest) {
            results.add(new ValidatedResult(
                    a.getId(),
                    a.getJurisdictionId(),
                    templateId,
                    a.getValidatedAt(),
                    ScoreAggregation.ofKnown(template, given.getOrDefault(a.getId(), Map.of()))));
        }
        return results;
    }
}
