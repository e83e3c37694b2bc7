package org.resilienceroadmap.strategy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.Finding;
import org.resilienceroadmap.directory.HazardExposure;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Component;

/**
 * What a draft must satisfy before it is stored: lengths, a sensible period, objectives tied only
 * to real Essentials (1–10), to hazards in the jurisdiction's profile and to its assessments' findings.
 */
@Component
class DraftRules {

    static final int MAX_TITLE = 300;
    static final int MAX_CONTENT = 100_000;
    static final int MAX_OBJECTIVE = 500;
    static final int MAX_OBJECTIVES = 100;
    private static final int MAX_PERIOD_YEARS = 30;

    private final JurisdictionDirectory jurisdictions;
    private final AssessmentReads assessments;

    DraftRules(JurisdictionDirectory jurisdictions, AssessmentReads assessments) {
        this.jurisdictions = jurisdictions;
        this.assessments = assessments;
    }

    void checkHeader(String title, LocalDate start, LocalDate end) {
        if (title == null || title.isBlank()) {
            throw new InvalidRequestException("title", Refusal.of("refusal.strategy.titleRequired"));
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new InvalidRequestException("title", Refusal.counted("refusal.text.atMost", MAX_TITLE));
        }
        if (start == null || end == null) {
            throw new InvalidRequestException("periodStart", Refusal.of("refusal.strategy.periodRequired"));
        }
        if (end.isBefore(start)) {
            throw new InvalidRequestException("periodEnd", Refusal.of("refusal.field.periodBackwards"));
        }
        if (end.isAfter(start.plusYears(MAX_PERIOD_YEARS))) {
            throw new InvalidRequestException(
                    "periodEnd", Refusal.counted("refusal.strategy.periodTooLong", MAX_PERIOD_YEARS));
        }
    }

    void check(Long jurisdictionId, DraftEdit edit) {
        checkHeader(edit.title(), edit.periodStart(), edit.periodEnd());
        if (edit.content() != null && edit.content().length() > MAX_CONTENT) {
            throw new InvalidRequestException(
                    "content", Refusal.counted("refusal.strategy.contentTooLong", MAX_CONTENT));
        }
        if (edit.objectives().size() > MAX_OBJECTIVES) {
            throw new InvalidRequestException(
                    "objectives", Refusal.counted("refusal.strategy.tooManyObjectives", MAX_OBJECTIVES));
        }
        Set<String> hazards = new HashSet<>(jurisdictions.hazardProfile(jurisdictionId).stream()
                .map(HazardExposure::getHazardCode)
                .toList());
        Set<Long> findings = new HashSet<>(assessments.validatedFindingsOf(jurisdictionId).stream()
                .map(Finding::getId)
                .toList());
        for (int i = 0; i < edit.objectives().size(); i++) {
            checkObjective("objectives[" + i + "]", edit.objectives().get(i), hazards, findings);
        }
    }

    private static void checkObjective(
            String field, ObjectiveDraft objective, Set<String> hazards, Set<Long> findings) {
        if (objective.title() == null || objective.title().isBlank()) {
            throw new InvalidRequestException(field + ".title", Refusal.of("refusal.strategy.objectiveTitle"));
        }
        if (objective.title().length() > MAX_OBJECTIVE) {
            throw new InvalidRequestException(field + ".title", Refusal.counted("refusal.text.atMost", MAX_OBJECTIVE));
        }
        requireAll(
                field + ".essentials", objective.essentials(), e -> e >= 1 && e <= 10, "refusal.strategy.essentials");
        requireAll(field + ".hazards", objective.hazards(), hazards::contains, "refusal.strategy.hazards");
        requireAll(field + ".findingIds", objective.findingIds(), findings::contains, "refusal.strategy.findings");
    }

    private static <T> void requireAll(
            String field, List<T> values, java.util.function.Predicate<T> allowed, String key) {
        // A loop, not findFirst(), which fails on a null; and an empty entry has nothing to quote ("not null").
        for (T value : values) {
            if (value == null) {
                throw new InvalidRequestException(field, Refusal.of(key));
            }
            if (!allowed.test(value)) {
                throw new InvalidRequestException(field, Refusal.of(key + ".not", String.valueOf(value)));
            }
        }
    }

    ObjectiveChoices choices(Long jurisdictionId) {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        jurisdictions.hazardCatalogue().forEach(h -> keys.put(h.getCode() + "/" + h.getEdition(), h.getMessageKey()));
        return new ObjectiveChoices(
                jurisdictions.hazardProfile(jurisdictionId).stream()
                        .map(e -> new ObjectiveChoices.HazardChoice(
                                e.getHazardCode(), keys.get(e.getHazardCode() + "/" + e.getHazardEdition())))
                        .toList(),
                assessments.validatedFindingsOf(jurisdictionId).stream()
                        .map(f -> new ObjectiveChoices.FindingChoice(f.getId(), f.getEssential(), f.getGap()))
                        .toList());
    }
}
