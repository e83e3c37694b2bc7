package org.resilienceroadmap.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header for the signed-in person, before their name (e.g. the
 * notification bell). A bean implementing it is all it takes: {@link MainLayout} asks each one for
 * a new component whenever it builds a header, and never for a visitor who has not signed in.
 */
public interface NavbarContribution {

    Component create();
}
