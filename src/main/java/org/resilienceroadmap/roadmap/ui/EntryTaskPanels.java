package org.resilienceroadmap.roadmap.ui;

import com.vaadin.flow.component.html.Div;
import org.resilienceroadmap.roadmap.RoadmapEntries;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.shared.ui.SignedInName;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/** The two tasks of an entry at stage B or C show its evidence: the chair's to attach it, the coordinator's to judge it. */
@org.springframework.stereotype.Component
class EntryTaskPanels implements TaskPanel {

    private final RoadmapEntries entries;
    private final SignedInName names;

    EntryTaskPanels(RoadmapEntries entries, SignedInName names) {
        this.entries = entries;
        this.names = names;
    }

    @Override
    public boolean supports(TaskItem task) {
        return RoadmapProcess.KEY.equals(task.processKey())
                && task.jurisdictionId() != null
                && (RoadmapProcess.TASK_ATTACH_ENTRY_EVIDENCE.equals(task.taskKey())
                        || RoadmapProcess.TASK_VALIDATE_ENTRY.equals(task.taskKey()));
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task) {
        if (RoadmapProcess.TASK_ATTACH_ENTRY_EVIDENCE.equals(task.taskKey())) {
            return new EntryEvidenceForm(entries, names, task.jurisdictionId());
        }
        return entries.of(task.jurisdictionId())
                .<com.vaadin.flow.component.Component>map(e -> new EntryValidationForm(e, names))
                .orElseGet(Div::new);
    }
}
