package org.resilienceroadmap.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows on a jurisdiction's page (e.g. the panel of its public page). A bean
 * implementing it is all it takes: the page asks each one for a new component whenever it renders, so the
 * roadmap never depends on the features that add to it. Empty where the feature has nothing for the reader.
 */
public interface JurisdictionContribution {

    Optional<Component> create(Long jurisdictionId);
}
