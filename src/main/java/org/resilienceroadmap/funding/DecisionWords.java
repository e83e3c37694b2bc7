package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.resilienceroadmap.shared.audit.SystemActors;

/**
 * Turns a {@link DecisionLine}'s audit codes ("roadmap:Task_StageBGate", "approve") into what a
 * reader understands: who decided, in words ("Approved stage B, Plan Better, for Kraljevo"), about
 * which subject. Each known decision has its sentence under {@code decision.<process>.<step>[.<outcome>]};
 * any other reads as a plain "Decided … on …", never as a code. The dashboard and the PDF share it.
 */
public final class DecisionWords {

    /** The reader's bundle: a text by key, with its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    /** A sentence around its subject, so a page can make the subject a link to {@code page}. */
    public record Sentence(String before, String subject, String after, String page) {

        public String text() {
            return before + subject + after;
        }
    }

    /** Sentences the bundles hold, by key; a decision without one falls back to {@code decision.other}. */
    static final Set<String> SENTENCES = Set.of(
            "decision.roadmap.join",
            "decision.roadmap.Task_StageAGate.approve",
            "decision.roadmap.Task_StageAGate.return",
            "decision.roadmap.Task_StageBGate.approve",
            "decision.roadmap.Task_StageBGate.return",
            "decision.roadmap.Task_StageCGate.approve",
            "decision.roadmap.Task_StageCGate.return",
            "decision.roadmap.Task_StageCWork.complete",
            "decision.assessment.Task_AssignEssentials.start",
            "decision.assessment.Task_ScoreEssential.done",
            "decision.assessment.Task_Consolidate.submit",
            "decision.assessment.Task_Validate.validate",
            "decision.assessment.Task_Validate.return",
            "decision.strategy.review.approve",
            "decision.strategy.review.request-changes",
            "decision.strategy.send-for-approval",
            "decision.strategy.changes-requested",
            "decision.strategy.returned",
            "decision.strategy.approved",
            "decision.strategy.adoption",
            "decision.strategy.adopted",
            "decision.action.approve",
            "decision.action.reject",
            "decision.action.completed",
            "decision.action.verify",
            "decision.action.return",
            "decision.action.cancel",
            "decision.action.extend",
            "decision.action.overdue",
            "decision.action.edit",
            "decision.donor-report.compile",
            "decision.donor-report.submit",
            "decision.donor-report.Task_SignOff.return",
            "decision.donor-report.Task_DonorResponse.acknowledge",
            "decision.donor-report.Task_DonorResponse.query");

    /** The outcomes that have a label ({@code outcome.<code>}), for a decision without a sentence of its own. */
    static final Set<String> OUTCOMES = Set.of(
            "approve",
            "return",
            "complete",
            "start",
            "done",
            "submit",
            "validate",
            "request-changes",
            "send-for-approval",
            "reject",
            "extend",
            "cancel",
            "verify",
            "acknowledge",
            "query");

    /** Decisions whose comment the application writes itself, in English ("joined on 2024-03-01"). */
    static final Set<String> NOTED_BY_THE_APPLICATION = Set.of("roadmap:join");

    /** Stands for the subject while the sentence is formatted, then splits it around the subject. */
    private static final String MARK = "\u0001";

    private final Texts texts;
    private final Locale locale;

    public DecisionWords(Texts texts) {
        this(texts, Locale.ENGLISH);
    }

    /** Sentences whose places (a city named as the subject) are written in {@code locale}'s names. */
    public DecisionWords(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The person's name; "Automatically" for a step the application took itself. */
    public String who(DecisionLine d) {
        if (SystemActors.isSystem(d.actor())) {
            return texts.get("actor.automatically");
        }
        return d.actorName() == null || d.actorName().isBlank() ? texts.get("actor.unknown") : d.actorName();
    }

    /**
     * What the person wrote with the decision; nothing for a system step or a note the application
     * wrote itself ("due 2025-02-28"), which the sentence says better in the reader's language.
     */
    public String comment(DecisionLine d) {
        if (SystemActors.isSystem(d.actor()) || NOTED_BY_THE_APPLICATION.contains(d.action()) || d.comment() == null) {
            return "";
        }
        return d.comment();
    }

    public Sentence what(DecisionLine d) {
        String subject = d.subjectTitle() != null && !d.subjectTitle().isBlank()
                ? d.subjectTitle()
                : d.jurisdictionName() != null && !d.jurisdictionName().isBlank()
                        ? d.jurisdiction(locale)
                        : texts.get("decision.subject.unknown");
        String key = key(d);
        String outcome = key.equals("decision.other.outcome") ? texts.get("outcome." + d.outcome()) : "";
        String text = texts.get(key, MARK, outcome);
        int at = text.indexOf(MARK);
        if (at < 0) {
            return new Sentence(text, "", "", null);
        }
        return new Sentence(text.substring(0, at), subject, text.substring(at + MARK.length()), d.subjectPage());
    }

    /** The most particular sentence there is: with the outcome, without it, or the plain fallback. */
    static String key(DecisionLine d) {
        String action = d.action() == null ? "" : d.action().replace(':', '.');
        for (String key : List.of("decision." + action + "." + d.outcome(), "decision." + action)) {
            if (SENTENCES.contains(key)) {
                return key;
            }
        }
        return d.outcome() != null && OUTCOMES.contains(d.outcome()) ? "decision.other.outcome" : "decision.other";
    }
}
