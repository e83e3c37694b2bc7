package org.resilienceroadmap.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.i18n.Languages;

/** Serbian readers read places in Latin script: their own name where known, else the Latin one, never the Cyrillic. */
class PlaceNamesTests {

    private static final PlaceNames DUSHANBE = new PlaceNames("Dushanbe", "Душанбе", "Душанбе", "Dušanbe");
    private static final PlaceNames KRALJEVO = new PlaceNames("Kraljevo", "Краљево", "Кралево", "Kraljevo");
    private static final PlaceNames ASTANA_UNNAMED = new PlaceNames("Astana", "Астана", "Астана");

    @Test
    void aSerbianReaderGetsTheSerbianNameElseTheLatinOne() {
        assertThat(DUSHANBE.in(Languages.SERBIAN)).isEqualTo("Dušanbe");
        assertThat(KRALJEVO.in(Languages.SERBIAN)).isEqualTo("Kraljevo");
        assertThat(ASTANA_UNNAMED.in(Languages.SERBIAN))
                .as("not the Cyrillic local name")
                .isEqualTo("Astana");
        assertThat(new PlaceNames("Užice", "Ужице", "Ужице", null).in(Languages.SERBIAN))
                .isEqualTo("Užice");
        assertThat(DUSHANBE.in(Languages.RUSSIAN)).isEqualTo("Душанбе");
        assertThat(DUSHANBE.in(Languages.ENGLISH)).isEqualTo("Dushanbe");
    }

    @Test
    void aSerbianReaderIsSpareTheLocalNameWhereItIsTheSameWordInCyrillic() {
        assertThat(KRALJEVO.displayIn(Languages.SERBIAN)).isEqualTo("Kraljevo");
        assertThat(DUSHANBE.displayIn(Languages.SERBIAN)).isEqualTo("Dušanbe");
        assertThat(new PlaceNames("Serbia", "Србија", "Сербия", "Srbija").displayIn(Languages.SERBIAN))
                .isEqualTo("Srbija");
        assertThat(new PlaceNames("Vrnjačka Banja", "Врњачка Бања", null, null).displayIn(Languages.SERBIAN))
                .isEqualTo("Vrnjačka Banja");
        assertThat(new PlaceNames("Kyrgyzstan", "Кыргызстан", "Кыргызстан", "Kirgistan").displayIn(Languages.SERBIAN))
                .isEqualTo("Kirgistan (Кыргызстан)");
        assertThat(KRALJEVO.displayIn(Languages.ENGLISH)).isEqualTo("Kraljevo (Краљево)");
        assertThat(KRALJEVO.displayIn(Languages.RUSSIAN)).isEqualTo("Кралево (Краљево)");
    }

    @Test
    void writesSerbianCyrillicInLatinLetterByLetter() {
        assertThat(PlaceNames.latin("Краљево")).isEqualTo("Kraljevo");
        assertThat(PlaceNames.latin("Чачак")).isEqualTo("Čačak");
        assertThat(PlaceNames.latin("Ужице")).isEqualTo("Užice");
        assertThat(PlaceNames.latin("Ђердап Џеп Њива")).isEqualTo("Đerdap Džep Njiva");
    }
}
