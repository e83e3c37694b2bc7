package org.resilienceroadmap.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.funding.DonorReportSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** A report fell due (or was asked for): compile it from live data; its tasks are about it from now on. */
@Component("compileDonorReport")
class CompileReportDelegate implements JavaDelegate {

    private final DonorReportSteps steps;

    CompileReportDelegate(DonorReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long reportId = steps.compile(DonorReportProcess.programmeId(execution), execution.getProcessInstanceId());
        execution.setVariable(ProcessVariables.SUBJECT_ID, String.valueOf(reportId));
        steps.announceSignOff(reportId);
    }
}
