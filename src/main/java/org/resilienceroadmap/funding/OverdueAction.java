package org.resilienceroadmap.funding;

import java.time.LocalDate;
import java.util.Locale;

import org.resilienceroadmap.directory.PlaceNames;

/**
 * An open action past its due date, as a donor's overview lists it. The place's local, Russian and
 * Serbian names are null in reports compiled before they were kept; those show the international name.
 */
public record OverdueAction(
        Long id,
        String title,
        String jurisdictionName,
        String owner,
        LocalDate due,
        int percentDone,
        String jurisdictionLocalName,
        String jurisdictionRussianName,
        String jurisdictionSerbianName) {

    public OverdueAction(Long id, String title, String jurisdictionName, String owner, LocalDate due, int percentDone) {
        this(id, title, jurisdictionName, owner, due, percentDone, null, null, null);
    }

    /** The place as the reader writes it: "Dushanbe (Душанбе)", "Душанбе", "Dušanbe". */
    public String place(Locale locale) {
        return new PlaceNames(jurisdictionName, jurisdictionLocalName, jurisdictionRussianName, jurisdictionSerbianName)
                .displayIn(locale);
    }
}
