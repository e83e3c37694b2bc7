package org.resilienceroadmap.workflow;

import java.util.HashMap;
import java.util.Map;

import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;

/** What a completion may carry, checked against the task's declarations: an outcome it offers, a comment, its fields. */
final class CompletionInput {

    private CompletionInput() {}

    static void check(TaskItem item, String outcome, String comment) {
        if (item.outcomes().isEmpty()) {
            throw new InvalidRequestException("outcome", Refusal.of("refusal.task.completedOnSubjectPage"));
        }
        if (outcome == null || !item.outcomes().contains(outcome)) {
            throw new InvalidRequestException(
                    "outcome",
                    Refusal.of(
                            "refusal.task.outcomeOneOf",
                            new Refusal.Words(
                                    item.outcomes().stream()
                                            .map(o -> new Refusal.Text("outcome." + o))
                                            .toList(),
                                    false)));
        }
        if (item.needsComment(outcome) && (comment == null || comment.isEmpty())) {
            throw new InvalidRequestException(
                    "comment", Refusal.of("refusal.task.commentRequired", new Refusal.Text("outcome." + outcome)));
        }
        if (comment != null && comment.length() > TaskInbox.MAX_COMMENT) {
            throw new InvalidRequestException(
                    "comment", Refusal.counted("refusal.task.commentTooLong", TaskInbox.MAX_COMMENT));
        }
    }

    /**
     * Only the fields the task declares pass into the process, as plain values: a list becomes its
     * comma-separated items, so that no variable needs Java serialization.
     */
    static Map<String, Object> declaredFields(TaskItem item, Map<String, Object> fields) {
        Map<String, Object> variables = new HashMap<>();
        for (var field : fields.entrySet()) {
            if (!item.declares(field.getKey())) {
                throw new InvalidRequestException(
                        field.getKey(), Refusal.of("refusal.task.noSuchField", field.getKey()));
            }
            Object value = field.getValue();
            if (value instanceof java.util.Collection<?> list) {
                value = String.join(",", list.stream().map(String::valueOf).toList());
            } else if (value != null
                    && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new InvalidRequestException(
                        field.getKey(), Refusal.of("refusal.task.plainValue", field.getKey()));
            }
            if (value instanceof String text && text.length() > TaskInbox.MAX_FIELD) {
                throw new InvalidRequestException(
                        field.getKey(),
                        Refusal.counted("refusal.task.fieldTooLong", TaskInbox.MAX_FIELD, field.getKey()));
            }
            variables.put(field.getKey(), value);
        }
        return variables;
    }
}
