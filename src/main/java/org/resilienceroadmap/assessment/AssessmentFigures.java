package org.resilienceroadmap.assessment;

import java.time.Instant;
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
    private final ScorecardTemplates templates;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AssessmentFigures(
            AssessmentRepository assessments,
            ScorecardTemplates templates,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.assessments = assessments;
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
            List<EssentialScore> all = ScoreAggregation.of(template, answers.getOrDefault(l.id(), Map.of()));
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
        return jurisdictionIds.isEmpty() ? List.of() : assessments.findValidated(jurisdictionIds);
    }
}
