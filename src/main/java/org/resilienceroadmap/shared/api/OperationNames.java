package org.resilienceroadmap.shared.api;

import static java.util.Map.entry;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The operationIds of the API, which a generated client turns into method names, so they are
 * chosen here once and kept: camelCase verb + resource ({@code listTasks}, {@code completeTask},
 * {@code getAssessment}, {@code saveAnswer}). The rule: the handler method's name where it already
 * says that and is unique; otherwise (vague names like {@code get}, {@code list}, {@code csv}) the
 * name in this table, keyed by controller and method. Springdoc's own fallback for clashes,
 * {@code get_1}, never reaches the document: OpenApiDocumentTests refuses it.
 */
class OperationNames implements OperationCustomizer {

    private static final Map<String, String> RENAMED = Map.ofEntries(
            // actions
            entry("ActionController.propose", "proposeAction"),
            entry("ActionController.update", "updateAction"),
            entry("ActionController.list", "listActions"),
            entry("ActionController.get", "getAction"),
            // JSON and multipart progress share one path and method: one operation with both bodies
            entry("ActionController.progress", "reportActionProgress"),
            entry("ActionController.progressWithEvidence", "reportActionProgress"),
            entry("ActionController.complete", "claimActionCompletion"),
            entry("ActionController.milestone", "addMilestone"),
            entry("ActionController.reached", "markMilestoneReached"),
            entry("ActionController.evidence", "downloadActionEvidence"),
            entry("ActionPlanController.templateXlsx", "downloadActionPlanTemplateXlsx"),
            entry("ActionPlanController.templateCsv", "downloadActionPlanTemplateCsv"),
            entry("ActionPlanController.importPlan", "importActionPlan"),
            entry("ActionPlanController.exportXlsx", "exportActionsXlsx"),
            entry("ActionPlanController.exportCsv", "exportActionsCsv"),
            entry("PlanReviewController.get", "getPlanReview"),
            entry("PlanReviewController.decide", "decidePlanRow"),
            entry("PlanReviewController.acceptRemaining", "acceptRemainingPlanRows"),
            entry("PlanReviewController.reviewers", "getActionReviewers"),
            entry("PlanReviewController.nameReviewers", "nameActionReviewers"),
            entry("ApprovalTableController.current", "getApprovalTable"),
            entry("ApprovalTableController.versions", "listApprovalTableVersions"),
            entry("ApprovalTableController.version", "getApprovalTableVersion"),
            entry("ApprovalTableController.upload", "uploadApprovalTable"),
            // administration
            entry("AuditController.audit", "listAuditEntries"),
            entry("IncidentController.list", "listIncidents"),
            entry("IncidentController.retry", "retryFailedJob"),
            // assessments
            entry("AnswerEvidenceController.add", "addAnswerEvidence"),
            entry("AnswerEvidenceController.list", "listAnswerEvidence"),
            entry("AnswerEvidenceController.download", "downloadAnswerEvidence"),
            entry("AnswerEvidenceController.remove", "removeAnswerEvidence"),
            entry("AssessmentController.open", "openAssessment"),
            entry("AssessmentController.ofJurisdiction", "listAssessments"),
            entry("AssessmentController.assign", "assignEssentials"),
            entry("AssessmentController.get", "getAssessment"),
            entry("AssessmentController.answerOf", "getAnswer"),
            entry("AssessmentController.answer", "saveAnswer"),
            entry("AssessmentController.results", "getAssessmentResults"),
            entry("AssessmentController.workbook", "downloadAssessmentWorkbook"),
            entry("AssessmentController.importWorkbook", "importAssessmentWorkbook"),
            entry("AssessmentController.participants", "listParticipants"),
            entry("ScorecardTemplateController.list", "listScorecardTemplates"),
            entry("ScorecardTemplateController.load", "loadScorecardTemplate"),
            entry("ScorecardTemplateController.questions", "listTemplateQuestions"),
            // programmes and money
            entry("DonorReportController.list", "listDonorReports"),
            entry("DonorReportController.open", "openReporting"),
            entry("DonorReportController.requestNow", "requestDonorReport"),
            entry("DonorReportController.get", "getDonorReport"),
            entry("DonorReportController.narrative", "editReportNarrative"),
            entry("DonorReportController.pdf", "downloadSubmittedReport"),
            entry("MoneyController.read", "getMoneyAndProgress"),
            entry("MoneyController.commit", "addCommitment"),
            entry("MoneyController.allocate", "addAllocation"),
            entry("ProgrammeController.list", "listProgrammes"),
            entry("ProgrammeController.open", "openProgramme"),
            entry("ProgrammeController.get", "getProgramme"),
            entry("ProgrammeController.describe", "describeProgramme"),
            entry("ProgrammeController.indicators", "listIndicators"),
            entry("ProgrammeController.dashboard", "getProgrammeDashboard"),
            entry("ProgrammeController.counted", "listCountedItems"),
            entry("ProgrammeController.history", "getIndicatorHistory"),
            entry("ProgrammeController.reportActual", "reportIndicatorActual"),
            entry("ProgrammeController.disburse", "addDisbursement"),
            entry("ProgrammeExportController.iati", "exportProgrammeIati"),
            entry("ProgrammeExportController.report", "downloadProgrammeReport"),
            entry("ProgrammeExportController.workbook", "exportProgrammeActions"),
            entry("ProgrammeExportController.logframe", "exportLogframe"),
            // stage gates, hubs, jurisdictions, publication
            entry("GateChecklistController.checklist", "getGateChecklist"),
            entry("GateChecklistController.tick", "tickGateItem"),
            entry("GateChecklistController.evidence", "downloadGateEvidence"),
            entry("GateChecklistController.configuration", "getGateConfiguration"),
            entry("GateChecklistController.configure", "configureGate"),
            entry("GateChecklistController.reset", "resetGateConfiguration"),
            entry("HubController.apply", "applyForHub"),
            entry("HubController.list", "listHubs"),
            entry("HubController.get", "getHub"),
            entry("JurisdictionController.list", "listJurisdictions"),
            entry("JurisdictionController.get", "getJurisdiction"),
            entry("JurisdictionController.join", "joinJurisdiction"),
            entry("RoadmapEntryController.entry", "getRoadmapEntry"),
            entry("RoadmapEntryController.attach", "attachEntryEvidence"),
            entry("RoadmapEntryController.document", "downloadEntryEvidence"),
            entry("RoadmapEntryController.stageTimes", "listStageTimes"),
            entry("PublicationController.get", "getPublication"),
            entry("PublicationController.propose", "proposePublication"),
            entry("PublicationController.withdraw", "withdrawPublication"),
            // notifications, portfolio, comparison
            entry("NotificationController.list", "listNotifications"),
            entry("NotificationController.unreadCount", "countUnreadNotifications"),
            entry("NotificationController.read", "markNotificationRead"),
            entry("NotificationController.readAll", "markAllNotificationsRead"),
            entry("PortfolioController.list", "getPortfolio"),
            entry("PortfolioController.xlsx", "exportPortfolioXlsx"),
            entry("PortfolioController.csv", "exportPortfolioCsv"),
            entry("ComparisonController.subjects", "listComparisonSubjects"),
            entry("ComparisonController.essentials", "compareEssentials"),
            entry("ComparisonController.stagesOverTime", "compareStagesOverTime"),
            entry("ComparisonController.stageDays", "compareStageDays"),
            // the caller
            entry("ApiTokenController.mine", "listApiTokens"),
            entry("ApiTokenController.create", "createApiToken"),
            entry("ApiTokenController.revoke", "revokeApiToken"),
            entry("MeController.me", "getMe"),
            entry("MeController.weeklyDigest", "setWeeklyDigest"),
            // strategies
            entry("StrategyController.create", "startStrategy"),
            entry("StrategyController.ofJurisdiction", "listStrategies"),
            entry("StrategyController.get", "getStrategy"),
            entry("StrategyController.saveDraft", "saveStrategyDraft"),
            entry("StrategyController.submit", "submitStrategy"),
            entry("StrategyController.versions", "listStrategyVersions"),
            entry("StrategyController.version", "getStrategyVersion"),
            entry("StrategyController.diff", "diffStrategyVersions"),
            entry("StrategyController.comment", "commentOnStrategyVersion"),
            entry("StrategyController.timeline", "getStrategyTimeline"),
            entry("StrategyController.adopt", "adoptStrategy"),
            entry("StrategyController.document", "downloadAdoptionDocument"),
            // pins and tasks
            entry("PinController.assessment", "listAssessmentPins"),
            entry("PinController.strategy", "listStrategyPins"),
            entry("PinController.action", "listActionPins"),
            entry("PinController.report", "listDonorReportPins"),
            entry("PinController.answerAssessment", "answerAssessmentPin"),
            entry("PinController.answerStrategy", "answerStrategyPin"),
            entry("PinController.answerAction", "answerActionPin"),
            entry("PinController.answerReport", "answerDonorReportPin"),
            entry("TaskController.list", "listTasks"),
            entry("TaskController.get", "getTask"),
            entry("TaskController.claim", "claimTask"),
            entry("TaskController.unclaim", "unclaimTask"),
            entry("TaskController.complete", "completeTask"),
            entry("TaskController.bulkComplete", "completeTasks"),
            entry("TaskController.bulkClaim", "claimTasks"));

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String method = handler.getMethod().getName();
        operation.setOperationId(RENAMED.getOrDefault(
                ClassUtils.getUserClass(handler.getBeanType()).getSimpleName() + "." + method, method));
        return operation;
    }
}
