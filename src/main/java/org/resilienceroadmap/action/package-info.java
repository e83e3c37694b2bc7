/**
 * Implement Better: actions under the objectives of adopted strategies, with their owner, lead
 * agency, dates, budget, funding programme and framework tags; milestones; progress reports with
 * evidence files. {@code processes/action.bpmn} runs each action: coordinator approval, a
 * progress-report cycle, escalation when the due date passes (extend or cancel), completion claim
 * and verification.
 * <p>
 * Public API: {@link org.resilienceroadmap.action.ActionService} (propose, register, progress),
 * {@link org.resilienceroadmap.action.ActionPlanImport} and
 * {@link org.resilienceroadmap.action.ActionRegisterExport} (plans and the register as XLSX/CSV),
 * {@link org.resilienceroadmap.action.ActionSteps} (process steps),
 * {@link org.resilienceroadmap.action.ApprovalTables} (the versions of {@code processes/action-approval.dmn},
 * the table that decides who approves an action after its working group; admins upload new ones).
 * Depends on {@code shared}, {@code directory}, {@code security}, {@code workflow}, {@code strategy},
 * {@code notification}.
 */
package org.resilienceroadmap.action;
