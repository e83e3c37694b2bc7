package org.resilienceroadmap.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the signed-in person marked notifications read without leaving the page. */
class UnreadCountChanged extends ComponentEvent<UI> {

    UnreadCountChanged(UI ui) {
        super(ui, false);
    }
}
