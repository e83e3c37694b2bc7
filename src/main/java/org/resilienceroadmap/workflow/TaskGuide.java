package org.resilienceroadmap.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How to complete a task, for a client that has no page to show it: what the task asks, its
 * outcomes and which need a comment, the fields a completion may carry, and where its subject, its
 * page and its completion are. Everything but the texts comes from the task's BPMN declarations
 * ({@link TaskField}); the pins a returning outcome may carry are declared by the feature's
 * {@link PinTarget}, the one place that knows which outcomes return a subject. Texts are from the
 * bundles: {@code task.<process>.<task>.description}, {@code outcome.<outcome>},
 * {@code task.field.<field>}.
 */
@Component
public class TaskGuide {

    private final MessageSource messages;
    private final PinnedComments pins;
    private final TaskSubjects subjects;

    TaskGuide(MessageSource messages, PinnedComments pins, TaskSubjects subjects) {
        this.messages = messages;
        this.pins = pins;
        this.subjects = subjects;
    }

    public record Guide(String description, List<Outcome> outcomes, List<Field> fields, Links links) {}

    public record Outcome(String name, String label, boolean commentRequired) {}

    /**
     * {@code required}: every outcome needs it; {@code requiredFor}: the outcomes that do;
     * {@code values}: the only values it takes, empty when any of its type will do.
     */
    public record Field(
            String name,
            String type,
            boolean required,
            List<String> requiredFor,
            List<String> values,
            String description) {}

    /** Paths from the application root; {@code complete} is none for a task completed on its subject's page. */
    public record Links(String subject, String page, String complete) {}

    public Guide of(TaskSubject subject, Locale locale) {
        TaskItem task = subject.task();
        String description = messages.getMessage(
                "task." + task.processKey() + "." + task.taskKey() + ".description", null, task.description(), locale);
        List<Outcome> outcomes = task.outcomes().stream()
                .map(o -> new Outcome(o, messages.getMessage("outcome." + o, null, o, locale), task.needsComment(o)))
                .toList();
        List<Field> fields = new ArrayList<>();
        for (TaskField f : task.fields()) {
            fields.add(new Field(
                    f.name(),
                    f.type().word(),
                    f.requiredForAll(task.outcomes()),
                    f.requiredFor(),
                    f.values(),
                    text("task.field." + f.name(), locale)));
        }
        if (pins.pinsOn(task)) {
            fields.add(new Field(
                    PinnedComments.FIELD,
                    TaskField.Type.OBJECT_LIST.word(),
                    false,
                    List.of(),
                    List.of(),
                    text("task.field." + PinnedComments.FIELD, locale)));
        }
        return new Guide(description, outcomes, List.copyOf(fields), links(subject));
    }

    private Links links(TaskSubject subject) {
        TaskItem task = subject.task();
        String resource = subject.task().subjectId() == null
                ? null
                : subjects.linkFor(task).flatMap(l -> l.resource(task)).orElse(null);
        return new Links(
                resource,
                subject.route() == null ? null : "/" + subject.route(),
                task.outcomes().isEmpty() ? null : "/api/v1/tasks/" + task.id() + "/complete");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
