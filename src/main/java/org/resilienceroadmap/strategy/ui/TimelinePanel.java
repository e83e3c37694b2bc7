package org.resilienceroadmap.strategy.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.shared.CommaSeparated;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.shared.i18n.ListWords;
import org.resilienceroadmap.strategy.StrategyAdoption;
import org.resilienceroadmap.strategy.StrategyService;

/**
 * Every submission, review, decision and the adoption, oldest first: when, who (by name, or
 * "automatically" for the roadmap's and the engine's steps), what, which version, outcome, comment.
 */
class TimelinePanel extends VerticalLayout {

    private static final String OVERDUE = "strategy:review-overdue";
    private static final String SUBMIT = "strategy:submit";
    private static final String ADOPTION = "strategy:adoption";
    /** Entries whose comment the log fills with accounts: the reviewers asked, the reviewers still awaited. */
    private static final java.util.Set<String> LISTS_ACCOUNTS = java.util.Set.of(OVERDUE, SUBMIT);

    TimelinePanel(StrategyService strategies, Optional<StrategyAdoption> adoption, Long strategyId) {
        setPadding(false);
        setId("strategy-timeline");
        List<AuditRecord> timeline = strategies.timeline(strategyId);
        // People by name, read at once: the actors, and the reviewers an overdue round still waits for.
        Map<String, String> names = strategies.names(timeline.stream()
                .flatMap(r -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(r.getActor()),
                        LISTS_ACCOUNTS.contains(r.getAction())
                                ? CommaSeparated.strings(r.getComment()).stream()
                                : java.util.stream.Stream.<String>empty()))
                .filter(a -> !SystemActors.isSystem(a))
                .filter(Objects::nonNull)
                .toList());
        for (AuditRecord r : timeline) {
            String action = getTranslation("strategy.timeline." + r.getAction().substring("strategy:".length()));
            String who = SystemActors.isSystem(r.getActor())
                    ? getTranslation("actor.automatically")
                    : names.getOrDefault(r.getActor(), getTranslation("actor.unknown"));
            String line = StrategyView.time(getLocale(), r.getAt()) + " · " + who + " · " + action
                    + version(r.getReference())
                    + (r.getToState() == null || r.getAction().equals("strategy:review")
                            ? ""
                            : " · "
                                    + getTranslation(
                                            "strategy.timeline.nowState",
                                            getTranslation("strategy.state." + r.getToState())));
            Div entry = new Div(new Span(line));
            if (r.getAction().equals("strategy:review") && r.getToState() != null) {
                entry.add(new Span(" · " + getTranslation("outcome." + r.getToState())));
            }
            if (ADOPTION.equals(r.getAction()) && adoption.isPresent()) {
                // The log keeps the record as one line with an ISO date; the reader gets it in words.
                StrategyAdoption a = adoption.get();
                entry.add(new Paragraph(getTranslation(
                        "strategy.timeline.adoptionRecord",
                        a.getDecisionReference(),
                        Days.format(getLocale(), a.getAdoptedOn()),
                        a.getAdoptingBody())));
            } else if (LISTS_ACCOUNTS.contains(r.getAction())) {
                // The comment lists reviewers' accounts: the reader gets their names.
                String people = ListWords.join(
                        CommaSeparated.strings(r.getComment()).stream()
                                .map(u -> names.getOrDefault(u, getTranslation("actor.unknown")))
                                .toList(),
                        getTranslation("words.and"));
                if (!people.isEmpty()) {
                    entry.add(new Paragraph(
                            SUBMIT.equals(r.getAction())
                                    ? getTranslation("strategy.timeline.reviewers", people)
                                    : people));
                }
            } else if (!SystemActors.isSystem(r.getActor())
                    && r.getComment() != null
                    && !r.getComment().isBlank()) {
                // A system step's comment is the log's own note ("roadmap stage B"), not something a person wrote.
                entry.add(new Paragraph(r.getComment()));
            }
            entry.addClassName("timeline-entry");
            add(entry);
        }
    }

    /** "v2", as the log keeps it, read as "Version 2"; nothing when the entry names no version. */
    private String version(String reference) {
        if (reference == null || !reference.matches("v\\d+")) {
            return reference == null ? "" : " · " + reference;
        }
        return " · " + getTranslation("strategy.version.short", Integer.parseInt(reference.substring(1)));
    }
}
