package org.resilienceroadmap.funding.process;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.resilienceroadmap.funding.DonorReportSteps;
import org.springframework.stereotype.Component;

/** The expressions of {@code donor-report.bpmn}: when a report falls due, whether more follow (public: the engine calls it by reflection). */
@Component("donorReportSchedule")
public class DonorReportSchedule {

    private final DonorReportSteps steps;

    DonorReportSchedule(DonorReportSteps steps) {
        this.steps = steps;
    }

    public Date nextDue(DelegateExecution execution) {
        return steps.nextDue(DonorReportProcess.programmeId(execution), LocalDate.parse((String)
                execution.getVariable(DonorReportProcess.OPENED_ON)));
    }

    public boolean reportsRemain(DelegateExecution execution) {
        return steps.reportsRemain(DonorReportProcess.programmeId(execution));
    }
}
