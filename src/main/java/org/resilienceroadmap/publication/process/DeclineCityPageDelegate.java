package org.resilienceroadmap.publication.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.publication.PublicationSteps;
import org.springframework.stereotype.Component;

/** Declined by the coordinator: the page stays private; the chair may propose it again. */
@Component("declineCityPage")
class DeclineCityPageDelegate implements JavaDelegate {

    private final PublicationSteps steps;

    DeclineCityPageDelegate(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.decline(
                CityPublicationProcess.publicationId(execution),
                CityPublicationProcess.decidedBy(execution),
                CityPublicationProcess.comment(execution));
    }
}
