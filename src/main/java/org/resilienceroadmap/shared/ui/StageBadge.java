package org.resilienceroadmap.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A roadmap stage (A, B, C or none) as a coloured badge with the stage's name. */
public class StageBadge extends Span {

    public StageBadge(String stage) {
        this(stage, false);
    }

    /** {@code joined}: a jurisdiction with no stage yet has joined, and its entry stage is being validated. */
    public StageBadge(String stage, boolean joined) {
        String key = stage != null ? "stage." + stage : joined ? "stage.entering" : "stage.none";
        setText(getTranslation(key));
        getElement().getThemeList().add("badge");
        getElement()
                .getThemeList()
                .add(
                        stage == null
                                ? "contrast"
                                : "A".equals(stage) ? "" : "B".equals(stage) ? "success" : "success primary");
        addClassName("stage-badge");
    }
}
