package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.i18n.Languages;

/** The donor's list of overdue actions names each place as its reader writes it. */
class OverdueActionTests {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 25);

    @Test
    void eachReaderReadsThePlaceInTheirOwnScript() {
        OverdueAction late = new OverdueAction(
                1L, "Sirens", "Dushanbe", "Dilnoza Rahimova", DUE, 40, "Душанбе", "Душанбе", "Dušanbe");

        assertThat(late.place(Locale.ENGLISH)).isEqualTo("Dushanbe (Душанбе)");
        assertThat(late.place(Languages.RUSSIAN)).isEqualTo("Душанбе");
        assertThat(late.place(Languages.SERBIAN)).isEqualTo("Dušanbe");
    }

    @Test
    void aReportCompiledBeforeTheNamesWereKeptShowsTheInternationalName() {
        OverdueAction old = new OverdueAction(1L, "Sirens", "Dushanbe", "Dilnoza Rahimova", DUE, 40);

        assertThat(old.place(Languages.SERBIAN)).isEqualTo("Dushanbe");
        assertThat(old.place(Languages.RUSSIAN)).isEqualTo("Dushanbe");
    }
}
