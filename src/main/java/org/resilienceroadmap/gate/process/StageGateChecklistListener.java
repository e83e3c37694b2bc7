package org.resilienceroadmap.gate.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateApproval;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The checklist in the engine: a roadmap gate completed with {@code approve} is refused while a
 * mandatory item is open, unless the completion carries an {@code overrideReason} — whichever way
 * the request arrives (task page, API, engine calls). The reason is used once: it is removed from
 * the process so that the next gate does not inherit it.
 */
@Component("stageGateChecklist")
class StageGateChecklistListener implements TaskListener {

    /** The field of a gate's completion that carries the coordinator's reason to override open items. */
    static final String OVERRIDE_REASON = "overrideReason";

    private static final String APPROVE = "approve";

    private final GateApproval approval;

    StageGateChecklistListener(GateApproval approval) {
        this.approval = approval;
    }

    @Override
    public void notify(DelegateTask task) {
        String reason = (String) task.getVariable(OVERRIDE_REASON);
        task.getExecution().removeVariable(OVERRIDE_REASON);
        if (!APPROVE.equals(task.getVariable(ProcessVariables.OUTCOME))) {
            return;
        }
        Gate gate = Gate.ofTask(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Not a roadmap gate: " + task.getTaskDefinitionKey()));
        String approver = task.getAssignee() != null
                ? task.getAssignee()
                : (String) task.getVariable(ProcessVariables.DECIDED_BY);
        Long jurisdictionId = ((Number) task.getVariable(ProcessVariables.JURISDICTION_ID)).longValue();
        approval.requireClosable(jurisdictionId, gate, approver, reason);
    }
}
