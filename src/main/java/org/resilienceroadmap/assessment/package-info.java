/**
 * Know Better: scorecard self-assessments on the Ten Essentials. So far: scorecard templates as
 * data ({@code src/main/resources/scorecards/*.json}, one file per template, plus templates an
 * admin loads), and the aggregation of answers into scores per Essential and overall.
 * <p>
 * Depends on {@code shared}, {@code directory}, {@code security}.
 */
package org.resilienceroadmap.assessment;
