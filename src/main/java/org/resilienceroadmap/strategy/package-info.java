/**
 * Plan Better: a jurisdiction's DRR strategy and action plan. The working group edits a draft
 * (Markdown body, objectives tied to Essentials, hazards and assessment findings); the chair's
 * submission freezes it as an immutable numbered {@link org.resilienceroadmap.strategy.StrategyVersion};
 * {@code processes/strategy-review.bpmn} runs the parallel review, the chair's consolidation, the
 * coordinator's four-eyes approval and the recorded adoption. The roadmap's stage B calls that process.
 * <p>
 * Public API: {@link org.resilienceroadmap.strategy.StrategyService} (drafting, reading),
 * {@link org.resilienceroadmap.strategy.StrategyFacts} (what other modules read of a strategy, a copy, not the entity),
 * {@link org.resilienceroadmap.strategy.StrategyVersions} (frozen versions, comparisons),
 * {@link org.resilienceroadmap.strategy.StrategyReviewSteps} (process steps),
 * {@link org.resilienceroadmap.strategy.StrategyAdoptions}.
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}, {@code assessment}
 * (findings), {@code notification}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "assessment",
            "directory",
            "notification",
            "security",
            "shared",
            "workflow",
            "workflow :: ui"
        })
package org.resilienceroadmap.strategy;
