package org.resilienceroadmap.workflow.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.resilienceroadmap.workflow.BulkResult;
import org.resilienceroadmap.workflow.TaskSubject;
import org.resilienceroadmap.workflow.TaskSubjects;

/** What a bulk request did: the tasks done, and those refused with the reason in words. */
class BulkReport extends Div {

    /** One bulk request: what was asked (the decision's name, or "Claim"), of which tasks, and the answers. */
    record Done(String action, List<TaskSubject> tasks, List<BulkResult> results) {}

    private final TaskSubjects subjects;

    BulkReport(TaskSubjects subjects) {
        this.subjects = subjects;
        setId("bulk-result");
        setVisible(false);
        setWidthFull();
    }

    void show(Done done, Component words) {
        removeAll();
        Map<String, TaskSubject> byId =
                done.tasks().stream().collect(Collectors.toMap(s -> s.task().id(), Function.identity(), (a, b) -> a));
        List<BulkResult> ok = done.results().stream().filter(BulkResult::isDone).toList();
        List<BulkResult> refused =
                done.results().stream().filter(r -> !r.isDone()).toList();
        H3 summary = new H3(getTranslation("task.bulk.summary", done.action(), ok.size(), refused.size()));
        summary.setId("bulk-summary");
        add(summary);
        // What needs the reader comes first: the refusals; the long list of what was done folds away.
        if (!refused.isEmpty()) {
            add(
                    new H4(getTranslation("task.bulk.refused", refused.size())),
                    list("bulk-refused", refused, byId, words));
        }
        if (!ok.isEmpty()) {
            Details folded =
                    new Details(getTranslation("task.bulk.done", ok.size()), list("bulk-done", ok, byId, words));
            folded.setId("bulk-done-details");
            folded.setOpened(refused.isEmpty() || ok.size() <= 10);
            add(folded);
        }
        setVisible(true);
    }

    private UnorderedList list(String id, List<BulkResult> results, Map<String, TaskSubject> byId, Component words) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (BulkResult r : results) {
            TaskSubject s = byId.get(r.taskId());
            String what = s == null ? "" : TaskLabels.name(words, s.task()) + " · " + s.line();
            ListItem item = new ListItem(r.isDone() ? what : what + " — " + reason(r));
            item.addClassName("bulk-item");
            item.getElement().setAttribute("data-task", r.taskId());
            list.add(item);
        }
        return list;
    }

    /** Why a task was refused, as the reader says it: who took it first by name, never by account. */
    private String reason(BulkResult r) {
        String key = "task.bulk.reason."
                + r.refusal().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (r.refusal() == BulkResult.Refusal.TAKEN) {
            String who = subjects.names(java.util.List.of(r.heldBy())).get(r.heldBy());
            return who == null ? getTranslation("task.bulk.reason.taken-by-someone") : getTranslation(key, who);
        }
        return getTranslation(key);
    }
}
