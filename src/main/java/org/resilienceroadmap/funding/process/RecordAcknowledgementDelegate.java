package org.resilienceroadmap.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.funding.DonorReportSteps;
import org.springframework.stereotype.Component;

/** The donor acknowledged the report. */
@Component("recordDonorAcknowledgement")
class RecordAcknowledgementDelegate implements JavaDelegate {

    private final DonorReportSteps steps;

    RecordAcknowledgementDelegate(DonorReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordAcknowledgement(DonorReportProcess.reportId(execution));
    }
}
