package org.resilienceroadmap.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.funding.DonorReportSteps;
import org.springframework.stereotype.Component;

/** Signed off: freeze the submission and tell the donors. */
@Component("submitDonorReport")
class SubmitReportDelegate implements JavaDelegate {

    private final DonorReportSteps steps;

    SubmitReportDelegate(DonorReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.submit(DonorReportProcess.reportId(execution), DonorReportProcess.decidedBy(execution));
    }
}
