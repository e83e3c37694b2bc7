package org.resilienceroadmap.workflow.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.workflow.Pin;
import org.resilienceroadmap.workflow.PinnedComments;
import org.resilienceroadmap.workflow.TaskSubjects;

/**
 * The comments pinned to a subject's items when it was returned, oldest first: each item by name,
 * whether it still waits for an answer (in words, not only colour), the comment, and the answer — or,
 * for those it went back to, a box to answer it. The answered ones stay: the history of the return.
 */
public class PinnedItemsPanel extends VerticalLayout {

    private final PinnedComments pins;
    private final TaskSubjects people;
    private final String subjectType;
    private final String subjectId;
    private final Runnable answered;
    private final Map<Long, TextArea> boxes = new java.util.HashMap<>();

    PinnedItemsPanel(
            PinnedComments pins, TaskSubjects people, String subjectType, String subjectId, Runnable answered) {
        this.pins = pins;
        this.people = people;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.answered = answered;
        setPadding(false);
        setId("pinned-items");
        show();
    }

    private void show() {
        removeAll();
        boxes.clear();
        List<Pin> all = pins.of(subjectType, subjectId, getLocale());
        setVisible(!all.isEmpty());
        if (all.isEmpty()) {
            return;
        }
        boolean mayAnswer = pins.mayAnswer(subjectType, subjectId);
        long open = all.stream().filter(Pin::isOpen).count();
        Map<String, String> names = people.names(all.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.author(), p.answeredBy()))
                .filter(Objects::nonNull)
                .toList());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Paragraph summary = new Paragraph(
                open == 0
                        ? getTranslation("pin.panel.allAnswered", all.size())
                        : getTranslation("pin.panel.open", open, all.size()));
        summary.setId("pinned-summary");
        add(new H3(getTranslation("pin.panel.title")), summary);
        for (Pin pin : all) {
            add(entry(pin, mayAnswer, names, time));
        }
    }

    private Div entry(Pin pin, boolean mayAnswer, Map<String, String> names, DateTimeFormatter time) {
        Span item = new Span(pin.item());
        item.getStyle().set("font-weight", "600");
        Span state = new Span(getTranslation(pin.isOpen() ? "pin.state.open" : "pin.state.answered"));
        state.getElement().getThemeList().add(pin.isOpen() ? "badge error" : "badge success");
        Div entry = new Div(
                item,
                new Span(" "),
                state,
                new Paragraph(getTranslation(
                        "pin.comment", who(names, pin.author()), when(time, pin.pinnedAt()), pin.text())));
        entry.setId("pin-" + pin.id());
        entry.addClassName(pin.isOpen() ? "pinned-open" : "pinned-answered");
        if (!pin.isOpen()) {
            entry.add(new Paragraph(getTranslation(
                    "pin.answer", who(names, pin.answeredBy()), when(time, pin.answeredAt()), pin.answer())));
        } else if (mayAnswer) {
            TextArea answer = new TextArea(getTranslation("pin.answer.label"));
            answer.setId("pin-answer-" + pin.id());
            answer.setMaxLength(PinnedComments.MAX_TEXT);
            answer.setWidthFull();
            Button send = new Button(getTranslation("pin.answer.send"), e -> answer(pin, answer));
            send.setId("pin-send-" + pin.id());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            boxes.put(pin.id(), answer);
            entry.add(answer, send);
        }
        return entry;
    }

    private void answer(Pin pin, TextArea answer) {
        if (answer.getValue().isBlank()) {
            answer.setInvalid(true);
            answer.setErrorMessage(getTranslation("pin.answer.required"));
            return;
        }
        try {
            pins.answer(subjectType, subjectId, pin.id(), answer.getValue(), pin.version(), getLocale());
            Notifications.success(getTranslation("pin.answer.saved", pin.item()));
            show();
            answered.run();
        } catch (ConflictException e) {
            // Answered or changed meanwhile: show what stands now, and keep what was typed where it can still go.
            String typed = answer.getValue();
            Notifications.refused(e);
            show();
            java.util.Optional.ofNullable(boxes.get(pin.id())).ifPresent(box -> box.setValue(typed));
        } catch (ForbiddenException | InvalidRequestException | NotFoundException e) {
            Notifications.refused(e);
        }
    }

    private String who(Map<String, String> names, String username) {
        return names.getOrDefault(username, getTranslation("actor.unknown"));
    }

    private static String when(DateTimeFormatter time, Instant at) {
        return at == null ? "" : time.format(at);
    }
}
