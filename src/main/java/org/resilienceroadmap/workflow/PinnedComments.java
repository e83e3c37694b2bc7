package org.resilienceroadmap.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments pinned to items of a returned subject, one mechanism for every kind of return: the
 * returning decision pins them ({@code pins} in its completion), those who got the subject back
 * answer each, and the feature's resubmission asks {@link #requireNoneOpen} first. The feature names
 * its items and people through a {@link PinTarget}.
 */
@Service
public class PinnedComments {

    /** The completion field that carries the pins: a list of {@code {"item": key, "text": comment}}. */
    public static final String FIELD = "pins";

    public static final int MAX_TEXT = 2000;
    public static final int MAX_PINS = 50;

    private final PinnedCommentRepository pins;
    /** Looked up when asked: a feature's target reads its own services, which ask this one before a resubmission. */
    private final ObjectProvider<PinTarget> targets;

    private final CurrentUser currentUser;
    private final Clock clock;

    PinnedComments(
            PinnedCommentRepository pins, ObjectProvider<PinTarget> targets, CurrentUser currentUser, Clock clock) {
        this.pins = pins;
        this.targets = targets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new pin as a returning decision gives it. */
    public record NewPin(String item, String text) {}

    public Optional<PinTarget> target(String subjectType) {
        return targets.stream().filter(t -> t.subjectType().equals(subjectType)).findFirst();
    }

    /** The subject type whose pins the API lists under this collection, e.g. {@code assessments}. */
    public Optional<PinTarget> targetAt(String collection) {
        return targets.stream().filter(t -> t.collection().equals(collection)).findFirst();
    }

    /** Whether some outcome of this task lets its decider pin comments: the task page then offers it. */
    public boolean pinsOn(TaskItem task) {
        return target(task.subjectType())
                .map(t -> task.outcomes().stream().anyMatch(o -> t.returns(task, o)))
                .orElse(false);
    }

    /** Whether this outcome of the task returns its subject, with pins. */
    public boolean returns(TaskItem task, String outcome) {
        return target(task.subjectType()).map(t -> t.returns(task, outcome)).orElse(false);
    }

    /** The items of the task's subject a comment may be pinned to. */
    @Transactional(readOnly = true)
    public List<PinTarget.PinItem> items(TaskItem task, Locale locale) {
        return target(task.subjectType())
                .map(t -> t.items(task.subjectId(), locale))
                .orElse(List.of());
    }

    /**
     * Pins what a returning decision gave ({@link #FIELD} of the completion, as the API's JSON or a
     * page gives it) in the decision's transaction; nothing when it gave none. Pins on an outcome that
     * returns nothing, on an item the subject does not have, or without words are bad input.
     */
    void pinOnReturn(TaskItem task, String outcome, Object given, UserScope me, Locale locale) {
        List<NewPin> wanted = parse(given);
        if (wanted.isEmpty()) {
            return;
        }
        PinTarget target = target(task.subjectType())
                .filter(t -> t.returns(task, outcome))
                .orElseThrow(() -> new InvalidRequestException(FIELD, Refusal.of("refusal.pin.notAReturn")));
        Map<String, String> known = target.items(task.subjectId(), locale).stream()
                .collect(Collectors.toMap(
                        PinTarget.PinItem::key, PinTarget.PinItem::label, (a, b) -> a, java.util.HashMap::new));
        Instant now = Instant.now(clock);
        for (NewPin pin : wanted) {
            if (!known.containsKey(pin.item())) {
                throw new InvalidRequestException(FIELD, Refusal.of("refusal.pin.noSuchItem", pin.item()));
            }
            pins.save(new PinnedComment(
                    task.subjectType(),
                    task.subjectId(),
                    task.jurisdictionId(),
                    task.processKey() + ":" + task.taskKey(),
                    pin.item(),
                    known.get(pin.item()),
                    pin.text(),
                    me.username(),
                    now));
        }
    }

    /** Each {@code {item, text}} of the completion's field, checked; empty when it gave none. */
    static List<NewPin> parse(Object given) {
        if (given == null) {
            return List.of();
        }
        if (!(given instanceof Collection<?> list)) {
            throw new InvalidRequestException(FIELD, Refusal.of("refusal.pin.shape"));
        }
        if (list.size() > MAX_PINS) {
            throw new InvalidRequestException(FIELD, Refusal.counted("refusal.pin.tooMany", MAX_PINS));
        }
        List<NewPin> parsed = new ArrayList<>();
        for (Object entry : list) {
            NewPin pin;
            if (entry instanceof NewPin p) {
                pin = p;
            } else if (entry instanceof Map<?, ?> m
                    && m.get("item") instanceof String item
                    && m.get("text") instanceof String text) {
                pin = new NewPin(item, text);
            } else {
                throw new InvalidRequestException(FIELD, Refusal.of("refusal.pin.shape"));
            }
            String text = pin.text().strip();
            if (text.isEmpty()) {
                throw new InvalidRequestException(FIELD, Refusal.of("refusal.pin.textRequired"));
            }
            if (text.length() > MAX_TEXT) {
                throw new InvalidRequestException(FIELD, Refusal.counted("refusal.pin.textTooLong", MAX_TEXT));
            }
            parsed.add(new NewPin(pin.item(), text));
        }
        return parsed;
    }

    /** The pins of a subject the caller sees, oldest first, open and answered: the history of its returns. */
    @Transactional(readOnly = true)
    public List<Pin> of(String subjectType, String subjectId, Locale locale) {
        PinTarget target = visible(subjectType, subjectId, currentUser.scope());
        Map<String, String> labels = target.items(subjectId, locale).stream()
                .collect(Collectors.toMap(
                        PinTarget.PinItem::key, PinTarget.PinItem::label, (a, b) -> a, java.util.HashMap::new));
        return pins.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId).stream()
                .map(c -> Pin.of(c, labels.getOrDefault(c.getItemKey(), c.getItemLabel())))
                .toList();
    }

    /** Whether the caller may answer the subject's pins: one of those it went back to. */
    @Transactional(readOnly = true)
    public boolean mayAnswer(String subjectType, String subjectId) {
        UserScope me = currentUser.scope();
        return target(subjectType)
                .map(t -> sees(t, subjectId, me) && t.answers(subjectId, me))
                .orElse(false);
    }

    /**
     * One of those the subject went back to answers a pin, once. A stale {@code version} or a pin
     * answered meanwhile is a conflict that says so.
     */
    @Transactional
    public Pin answer(String subjectType, String subjectId, Long pinId, String answer, Long version, Locale locale) {
        UserScope me = currentUser.scope();
        PinTarget target = visible(subjectType, subjectId, me);
        // Who may answer first: someone it did not go back to hears so, whichever pin they name.
        if (!target.answers(subjectId, me)) {
            throw new ForbiddenException(Refusal.of("refusal.pin.onlyThoseItWentBackTo"));
        }
        PinnedComment pin = pins.findById(pinId)
                .filter(p -> p.getSubjectType().equals(subjectType)
                        && p.getSubjectId().equals(subjectId))
                .orElseThrow(() -> new NotFoundException("Pin", pinId));
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("answer", Refusal.of("refusal.pin.answerRequired"));
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequestException("answer", Refusal.counted("refusal.pin.textTooLong", MAX_TEXT));
        }
        if (!pin.isOpen()) {
            throw new ConflictException(Refusal.of(
                    "refusal.pin.answeredAlready",
                    new Refusal.Person(pin.getAnsweredBy()),
                    new Refusal.Moment(pin.getAnsweredAt())));
        }
        if (version != null && version != pin.getVersion()) {
            throw new ConflictException(Refusal.of("refusal.pin.changedMeanwhile"));
        }
        pin.answer(text, me.username(), Instant.now(clock));
        pins.flush();
        String label = target.items(subjectId, locale == null ? Locale.ENGLISH : locale).stream()
                .filter(i -> i.key().equals(pin.getItemKey()))
                .map(PinTarget.PinItem::label)
                .findFirst()
                .orElse(pin.getItemLabel());
        return Pin.of(pin, label);
    }

    /** How many pins of the subject still wait for an answer. */
    @Transactional(readOnly = true)
    public long openCount(String subjectType, String subjectId) {
        return pins.countBySubjectTypeAndSubjectIdAndAnsweredAtIsNull(subjectType, subjectId);
    }

    /** The subject goes back for a decision only when every pinned comment is answered: else a conflict naming how many are open. */
    @Transactional(readOnly = true)
    public void requireNoneOpen(String subjectType, String subjectId) {
        long open = openCount(subjectType, subjectId);
        if (open > 0) {
            throw new ConflictException(Refusal.counted("refusal.pin.open", open));
        }
    }

    private PinTarget visible(String subjectType, String subjectId, UserScope me) {
        return target(subjectType)
                .filter(t -> sees(t, subjectId, me))
                .orElseThrow(() -> new NotFoundException(subjectType, subjectId));
    }

    /** An id of another form (not a number where the subject's ids are) names no subject: not found. */
    private static boolean sees(PinTarget target, String subjectId, UserScope me) {
        try {
            return target.sees(subjectId, me);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
