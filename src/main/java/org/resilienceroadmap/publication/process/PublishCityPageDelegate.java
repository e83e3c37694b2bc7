package org.resilienceroadmap.publication.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.publication.PublicationSteps;
import org.springframework.stereotype.Component;

/** Approved by the coordinator: the city's page is public from now on. */
@Component("publishCityPage")
class PublishCityPageDelegate implements JavaDelegate {

    private final PublicationSteps steps;

    PublishCityPageDelegate(PublicationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.publish(CityPublicationProcess.publicationId(execution), CityPublicationProcess.decidedBy(execution));
    }
}
