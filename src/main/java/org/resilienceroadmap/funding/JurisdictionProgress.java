package org.resilienceroadmap.funding;

import java.util.Locale;

import org.resilienceroadmap.directory.PlaceNames;

/**
 * Where one covered jurisdiction stands: stage, validated assessments, adopted strategy, its actions.
 * The Russian and Serbian names (of the place and its country) are null where unknown, and in reports
 * compiled before they were kept. {@code actionsCompleted} counts verified completions;
 * {@code actionsClaimed} the completions claimed and awaiting verification (0 in reports compiled before
 * it was kept, which counted claims as completed).
 */
public record JurisdictionProgress(
        Long id,
        String code,
        String name,
        String localName,
        String level,
        String countryName,
        String stage,
        long assessmentsValidated,
        boolean strategyAdopted,
        long actions,
        long actionsCompleted,
        long actionsOverdue,
        String russianName,
        String countryRussianName,
        String serbianName,
        String countrySerbianName,
        long actionsClaimed) {

    public JurisdictionProgress(
            Long id,
            String code,
            String name,
            String localName,
            String level,
            String countryName,
            String stage,
            long assessmentsValidated,
            boolean strategyAdopted,
            long actions,
            long actionsCompleted,
            long actionsOverdue,
            String russianName,
            String countryRussianName,
            String serbianName,
            String countrySerbianName) {
        this(
                id,
                code,
                name,
                localName,
                level,
                countryName,
                stage,
                assessmentsValidated,
                strategyAdopted,
                actions,
                actionsCompleted,
                actionsOverdue,
                russianName,
                countryRussianName,
                serbianName,
                countrySerbianName,
                0);
    }

    public JurisdictionProgress(
            Long id,
            String code,
            String name,
            String localName,
            String level,
            String countryName,
            String stage,
            long assessmentsValidated,
            boolean strategyAdopted,
            long actions,
            long actionsCompleted,
            long actionsOverdue,
            String russianName,
            String countryRussianName) {
        this(
                id,
                code,
                name,
                localName,
                level,
                countryName,
                stage,
                assessmentsValidated,
                strategyAdopted,
                actions,
                actionsCompleted,
                actionsOverdue,
                russianName,
                countryRussianName,
                null,
                null);
    }

    public JurisdictionProgress(
            Long id,
            String code,
            String name,
            String localName,
            String level,
            String countryName,
            String stage,
            long assessmentsValidated,
            boolean strategyAdopted,
            long actions,
            long actionsCompleted,
            long actionsOverdue) {
        this(
                id,
                code,
                name,
                localName,
                level,
                countryName,
                stage,
                assessmentsValidated,
                strategyAdopted,
                actions,
                actionsCompleted,
                actionsOverdue,
                null,
                null,
                null,
                null);
    }

    /** "Dushanbe (Душанбе)" for English readers, "Душанбе" and "Кралево (Краљево)" for Russian ones. */
    public String displayName(Locale locale) {
        return new PlaceNames(name, localName, russianName, serbianName).displayIn(locale);
    }

    /** The country as the reader writes it: "Таджикистан" for Russian readers, "Tadžikistan" for Serbian ones. */
    public String country(Locale locale) {
        return countryName == null
                ? null
                : new PlaceNames(countryName, null, countryRussianName, countrySerbianName).in(locale);
    }
}
