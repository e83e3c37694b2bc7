package org.resilienceroadmap.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.funding.DonorReportSteps;
import org.springframework.stereotype.Component;

/** The donor queried the report: it goes back to the coordinators, who hear of it. */
@Component("recordDonorQuery")
class RecordQueryDelegate implements JavaDelegate {

    private final DonorReportSteps steps;

    RecordQueryDelegate(DonorReportSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordQuery(DonorReportProcess.reportId(execution));
    }
}
