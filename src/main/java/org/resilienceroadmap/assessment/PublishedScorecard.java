package org.resilienceroadmap.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a city's public page may show of its scorecards: the scores per Essential of its latest
 * validated assessment, and nothing of one still being scored (no answers' comments, no evidence,
 * no scorer). The caller decides that the city's page is public: this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class PublishedScorecard {

    /** The latest validated result: template title by language, when it was validated, scores per Essential and overall. */
    public record Result(
            Map<String, String> templateTitle,
            Instant validatedAt,
            List<EssentialScore> essentials,
            OverallResult overall) {

        public String title(String language) {
            return templateTitle.getOrDefault(language, templateTitle.get("en"));
        }
    }

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final ScorecardTemplates templates;

    PublishedScorecard(AssessmentRepository assessments, AnswerRepository answers, ScorecardTemplates templates) {
        this.assessments = assessments;
        this.answers = answers;
        this.templates = templates;
    }

    public Optional<Result> latestValidated(Long jurisdictionId) {
        return assessments.findValidated(List.of(jurisdictionId)).stream()
                .findFirst()
                .flatMap(v -> assessments.findById(v.getId()))
                .map(this::result);
    }

    private Result result(Assessment assessment) {
        ScorecardTemplate template = templates.get(assessment.getTemplateId());
        Map<String, Integer> scores = answers.findByAssessmentId(assessment.getId()).stream()
                .collect(Collectors.toMap(Answer::getQuestionCode, Answer::getScore));
        List<EssentialScore> all = ScoreAggregation.ofKnown(template, scores);
        return new Result(
                template.title(),
                assessment.getValidatedAt(),
                all.stream().filter(s -> s.essential() > 0).toList(),
                OverallResult.of(all));
    }
}
