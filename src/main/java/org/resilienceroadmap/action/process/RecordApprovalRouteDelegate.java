package org.resilienceroadmap.action.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.action.ApprovalRoute;
import org.springframework.stereotype.Component;

/**
 * Keeps what the approval table decided on the action (levels, donor, the rule by its number and
 * annotation, the table version) and tells the process whether coordinators approve at all.
 */
@Component("recordApprovalRoute")
class RecordApprovalRouteDelegate implements JavaDelegate {

    private final ActionSteps steps;
    private final RepositoryService repository;
    // Deployed tables never change: a rule's number and text, once read, stay true.
    private final Map<String, RuleText> rules = new ConcurrentHashMap<>();

    RecordApprovalRouteDelegate(ActionSteps steps, RepositoryService repository) {
        this.steps = steps;
        this.repository = repository;
    }

    private record RuleText(int number, String text, int version) {}

    @Override
    public void execute(DelegateExecution execution) {
        String approvers = (String) execution.getVariable(ActionProcess.APPROVERS);
        boolean tellDonor = Boolean.TRUE.equals(execution.getVariable(ActionProcess.TELL_DONOR));
        String tableId = (String) execution.getVariable(ActionProcess.APPROVAL_TABLE_ID);
        String ruleId = (String) execution.getVariable(ActionProcess.APPROVAL_RULE_ID);
        RuleText rule = rules.computeIfAbsent(tableId + "#" + ruleId, key -> read(tableId, ruleId));
        ApprovalRoute route = new ApprovalRoute(
                approvers == null ? ApprovalRoute.NONE : approvers.strip(),
                tellDonor,
                rule.number(),
                rule.text(),
                rule.version());
        steps.routed(ActionProcess.actionId(execution), route);
        execution.setVariable(ActionProcess.APPROVERS, String.join(",", route.levelList()));
        execution.setVariable(ActionProcess.NEEDS_APPROVAL, !route.levelList().isEmpty());
    }

    private RuleText read(String tableId, String ruleId) {
        int version = repository.getDecisionDefinition(tableId).getVersion();
        Rule rule = repository.getDmnModelInstance(tableId).getModelElementById(ruleId);
        DecisionTable table = (DecisionTable) rule.getParentElement();
        int number = new java.util.ArrayList<>(table.getRules()).indexOf(rule) + 1;
        String text = rule.getDescription() == null
                ? ""
                : rule.getDescription().getTextContent().strip();
        return new RuleText(number, text, version);
    }
}
