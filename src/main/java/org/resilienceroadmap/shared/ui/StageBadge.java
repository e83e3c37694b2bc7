package org.resilienceroadmap.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A roadmap stage (A, B, C or none) as a coloured badge with the stage's name. */
public class StageBadge extends Span {

    public StageBadge(String stage) {
        String key = stage == null ? "stage.none" : "stage." + stage;
        setText(getTranslation(key));
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add(stage == null ? "contrast" : "A".equals(stage) ? "" : "B".equals(stage)
                ? "success" : "success primary");
        addClassName("stage-badge");
    }
}
