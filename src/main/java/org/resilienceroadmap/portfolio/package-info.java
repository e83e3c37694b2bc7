/**
 * The coordinators' and donors' view over many cities: the portfolio (one row per city with stage,
 * scores, strategy, actions, reports and how fresh they are) and cities side by side (heat map of the
 * Ten Essentials, stage funnel over time, days per stage). It reads the other modules' published read
 * models, never their repositories, and only within the reader's scope.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"action", "assessment", "directory", "roadmap", "security", "shared", "strategy"})
package org.resilienceroadmap.portfolio;
