package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A picked day stays that day: as a deadline, read back, and as text — whatever the zones around it. */
class DaysTests {

    private static final LocalDate TWELFTH = LocalDate.of(2026, 12, 12);

    @Test
    void aPickedDayEndsAtMidnightUtcAndReadsBackAsItself() {
        assertThat(Days.endOf(TWELFTH)).isEqualTo(Instant.parse("2026-12-13T00:00:00Z"));
        assertThat(Days.dueDay(Days.endOf(TWELFTH))).isEqualTo(TWELFTH);
        assertThat(Days.dueDay(Instant.parse("2026-12-12T17:30:00Z")))
                .as("an exact deadline during the day")
                .isEqualTo(TWELFTH);
        assertThat(Days.dueDay(Instant.parse("2026-12-12T00:00:00Z")))
                .as("midnight ends the day before")
                .isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void todayIsTheClocksDayInUtcWhateverTheServersZone() {
        Instant lateEvening = Instant.parse("2026-12-12T21:00:00Z");
        assertThat(Days.today(Clock.fixed(lateEvening, ZoneId.of("Asia/Dushanbe"))))
                .isEqualTo(TWELFTH);
        assertThat(Days.today(Clock.fixed(lateEvening, ZoneId.of("America/New_York"))))
                .isEqualTo(TWELFTH);
    }

    @Test
    void aDeadlineIsShownAsADateWithoutATime() {
        assertThat(Days.formatDue(Locale.ENGLISH, Days.endOf(TWELFTH))).isEqualTo("Dec 12, 2026");
        assertThat(Days.formatDue(Locale.forLanguageTag("ru"), Days.endOf(TWELFTH)))
                .isEqualTo("12 дек. 2026 г.");
    }
}
