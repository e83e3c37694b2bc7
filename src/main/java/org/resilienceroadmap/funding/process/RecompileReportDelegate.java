package org.resilienceroadmap.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.funding.DonorReportSteps;
import org.springframework.stereotype.Component;

/** The coordinator returned the report: its figures are compiled afresh, keeping the narrative. */
@Component("recompileDonorReport")
class RecompileReportDelegate implements JavaDelegate {

    private final DonorReportSteps steps;

    RecompileReportDelegate(DonorReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recompile(DonorReportProcess.reportId(execution));
    }
}
