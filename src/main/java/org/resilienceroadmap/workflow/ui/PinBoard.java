package org.resilienceroadmap.workflow.ui;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.workflow.Pin;
import org.resilienceroadmap.workflow.PinnedComments;
import org.resilienceroadmap.workflow.TaskSubjects;

/**
 * What the pages people fix things on embed: the comments pinned to the subject's items when it was
 * returned, each with its answer or an answer box ({@link PinnedItemsPanel}), and a mark for an item
 * the page shows itself (a question card, an objective, a field).
 */
@org.springframework.stereotype.Component
public class PinBoard {

    private final PinnedComments pins;
    private final TaskSubjects people;

    PinBoard(PinnedComments pins, TaskSubjects people) {
        this.pins = pins;
        this.people = people;
    }

    /** The subject's pins, open and answered; hidden while it has none. {@code answered} runs after each answer. */
    public PinnedItemsPanel panel(String subjectType, String subjectId, Runnable answered) {
        return new PinnedItemsPanel(pins, people, subjectType, subjectId, answered);
    }

    /** The keys of the subject's items that still wait for an answer. */
    public Set<String> openItems(String subjectType, String subjectId, java.util.Locale locale) {
        return pins.of(subjectType, subjectId, locale).stream()
                .filter(Pin::isOpen)
                .map(Pin::itemKey)
                .collect(Collectors.toSet());
    }

    /**
     * Marks an item the page shows when a pinned comment on it waits for an answer: a class for the
     * colour and, for those who do not see colour, the words "Returned with a comment — answer it above".
     */
    public static void mark(HasComponents item, Set<String> open, String key) {
        if (!open.contains(key)) {
            return;
        }
        Span words = new Span(((Component) item).getTranslation("pin.mark"));
        words.addClassName("pin-mark");
        words.getElement().setAttribute("data-pin-item", key);
        item.add(words);
        ((Component) item).getElement().getClassList().add("pinned-open");
    }
}
