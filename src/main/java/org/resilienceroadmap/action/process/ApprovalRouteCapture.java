package org.resilienceroadmap.action.process;

import java.util.Map;

import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * Hands the approval table's decision to the action's process as plain variables: the outputs
 * ({@code approvers}, {@code tellDonor}), the rule that matched and the table version evaluated. A
 * business-rule task's own result is a map, which the engine would keep only by Java serialization
 * (switched off here), and it names neither the rule nor the version that the action page and the
 * audit trail show.
 */
class ApprovalRouteCapture implements DmnDecisionTableEvaluationListener {

    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
        if (!ActionProcess.DECISION_KEY.equals(event.getDecisionTable().getKey())) {
            return;
        }
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        if (context == null
                || context.getExecution() == null
                || event.getMatchingRules().isEmpty()) {
            return;
        }
        DmnEvaluatedDecisionRule rule = event.getMatchingRules().get(0);
        Map<String, DmnEvaluatedOutput> outputs = rule.getOutputEntries();
        var execution = context.getExecution();
        execution.setVariable(ActionProcess.APPROVERS, value(outputs, ActionProcess.APPROVERS));
        execution.setVariable(ActionProcess.TELL_DONOR, Boolean.TRUE.equals(value(outputs, ActionProcess.TELL_DONOR)));
        execution.setVariable(ActionProcess.APPROVAL_RULE_ID, rule.getId());
        if (event.getDecisionTable() instanceof DecisionDefinition definition) {
            execution.setVariable(ActionProcess.APPROVAL_TABLE_ID, definition.getId());
        }
    }

    private static Object value(Map<String, DmnEvaluatedOutput> outputs, String name) {
        return outputs.values().stream()
                .filter(o -> name.equals(o.getOutputName()))
                .findFirst()
                .map(o -> o.getValue() == null ? null : o.getValue().getValue())
                .orElse(null);
    }
}
