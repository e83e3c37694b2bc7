package org.resilienceroadmap.workflow.ui;

import java.util.Map;
import java.util.Optional;

/**
 * A task panel that asks for more than the outcome and the comment (the Essentials to send back,
 * a new due date, a comment per item): the task page asks it, when a person picks an outcome, what
 * it adds to the completion and whether something is missing. Implemented by the component a
 * {@link TaskPanel} creates.
 */
public interface TaskFields {

    /** What is missing for this outcome, in the reader's words; empty when the panel is complete. */
    default Optional<String> problem(String outcome) {
        return Optional.empty();
    }

    /** The fields this panel adds to the completion with this outcome (may be empty). */
    Map<String, Object> fields(String outcome);
}
