/**
 * Know Better: scorecard self-assessments on the Ten Essentials. So far: scorecard templates as
 * data ({@code src/main/resources/scorecards/*.json}, one file per template, plus templates an
 * admin loads), and the aggregation of answers into scores per Essential and overall.
 * The scoring page and the assessment's task panels (assignment by name, Mark this Essential scored,
 * the validation's return with a note per Essential, the results behind the roadmap's stage-A gate).
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"directory", "security", "shared", "workflow", "workflow :: ui"})
package org.resilienceroadmap.assessment;
