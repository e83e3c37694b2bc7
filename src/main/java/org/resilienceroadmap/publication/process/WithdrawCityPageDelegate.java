package org.resilienceroadmap.publication.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.publication.PublicationSteps;
import org.springframework.stereotype.Component;

/** Withdrawn by the chair or a coordinator: the page is no longer public. */
@Component("withdrawCityPage")
class WithdrawCityPageDelegate implements JavaDelegate {

    private final PublicationSteps steps;

    WithdrawCityPageDelegate(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.withdraw(CityPublicationProcess.publicationId(execution), CityPublicationProcess.decidedBy(execution));
    }
}
