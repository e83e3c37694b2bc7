package org.resilienceroadmap.workflow.ui;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.workflow.PinnedComments;
import org.resilienceroadmap.workflow.TaskItem;

/** On every task whose outcomes include a return that may carry pins: the editor for them. */
@org.springframework.stereotype.Component
class PinEditorPanel implements TaskPanel {

    private final PinnedComments pins;

    PinEditorPanel(PinnedComments pins) {
        this.pins = pins;
    }

    @Override
    public boolean supports(TaskItem task) {
        return pins.pinsOn(task);
    }

    @Override
    public Component create(TaskItem task) {
        return new PinEditor(task, pins);
    }
}
