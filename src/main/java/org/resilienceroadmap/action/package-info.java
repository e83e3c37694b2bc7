/**
 * Implement Better: actions under the objectives of adopted strategies, with their owner, lead
 * agency, dates, budget, funding programme and framework tags; milestones; progress reports with
 * evidence files. {@code processes/action.bpmn} runs each action: the working group's review
 * (accept, ask for changes, decline; an imported plan is reviewed as one in
 * {@code processes/action-plan-review.bpmn}), the approval table's route and the coordinator levels
 * it names, a progress-report cycle, escalation when the due date passes (extend or cancel), completion claim
 * and verification.
 * <p>
 * Public API: {@link org.resilienceroadmap.action.ActionService} (propose, register, milestones),
 * {@link org.resilienceroadmap.action.ActionProgress} (progress reports, completion claims, evidence),
 * {@link org.resilienceroadmap.action.ActionPlanImport} and
 * {@link org.resilienceroadmap.action.ActionRegisterExport} (plans and the register as XLSX/CSV),
 * {@link org.resilienceroadmap.action.ActionSteps} (process steps),
 * {@link org.resilienceroadmap.action.ActionPlanReviews} (who reviews proposals; an imported plan's review),
 * {@link org.resilienceroadmap.action.ApprovalTables} (the versions of {@code processes/action-approval.dmn},
 * the table that decides who approves an action after its working group; admins upload new ones).
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}, {@code strategy},
 * {@code notification}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "directory",
            "notification",
            "security",
            "shared",
            "strategy",
            "workflow",
            "workflow :: ui"
        })
package org.resilienceroadmap.action;
