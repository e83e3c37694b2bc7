package org.resilienceroadmap.funding;

import java.time.LocalDate;

/** An open action past its due date, as a donor's overview lists it. */
public record OverdueAction(Long id, String title, String jurisdictionName, String owner, LocalDate due,
        int percentDone) {
}
