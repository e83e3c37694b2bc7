package org.resilienceroadmap.funding;

import java.time.Instant;
import java.util.Locale;

import org.resilienceroadmap.directory.PlaceNames;

/**
 * A recent decision in a programme's scope: who decided what on which subject, with the comment.
 * {@code actor}, {@code action} and {@code outcome} are the audit log's codes, which pages turn into
 * a sentence ({@link DecisionWords}); {@code actorName} is the person's name (none for a system
 * step), {@code subjectTitle} the action's or strategy's title and {@code subjectPage} the route of
 * the subject's page; {@code jurisdictionRussianName} and {@code jurisdictionSerbianName} the place's
 * Russian and Serbian names where known. Reports
 * compiled before these were kept have them empty.
 */
public record DecisionLine(
        Instant at,
        String actor,
        String action,
        String outcome,
        String subjectType,
        String subjectId,
        String jurisdictionName,
        String comment,
        String actorName,
        String subjectTitle,
        String subjectPage,
        String jurisdictionRussianName,
        String jurisdictionSerbianName) {

    public DecisionLine(
            Instant at,
            String actor,
            String action,
            String outcome,
            String subjectType,
            String subjectId,
            String jurisdictionName,
            String comment,
            String actorName,
            String subjectTitle,
            String subjectPage,
            String jurisdictionRussianName) {
        this(
                at,
                actor,
                action,
                outcome,
                subjectType,
                subjectId,
                jurisdictionName,
                comment,
                actorName,
                subjectTitle,
                subjectPage,
                jurisdictionRussianName,
                null);
    }

    public DecisionLine(
            Instant at,
            String actor,
            String action,
            String outcome,
            String subjectType,
            String subjectId,
            String jurisdictionName,
            String comment,
            String actorName,
            String subjectTitle,
            String subjectPage) {
        this(
                at,
                actor,
                action,
                outcome,
                subjectType,
                subjectId,
                jurisdictionName,
                comment,
                actorName,
                subjectTitle,
                subjectPage,
                null,
                null);
    }

    /** The place as the reader writes it: "Душанбе" for Russian readers where its Russian name is known. */
    public String jurisdiction(Locale locale) {
        return jurisdictionName == null
                ? null
                : new PlaceNames(jurisdictionName, null, jurisdictionRussianName, jurisdictionSerbianName).in(locale);
    }
}
