package org.resilienceroadmap.demo;

import static org.resilienceroadmap.directory.JurisdictionLevel.CITY;
import static org.resilienceroadmap.directory.JurisdictionLevel.COUNTRY;
import static org.resilienceroadmap.directory.JurisdictionLevel.REGION;

import java.util.List;

import org.resilienceroadmap.directory.JurisdictionLevel;

/** The jurisdictions of the demo: Central Asia and Serbia's eleven MCR2030 local governments. */
final class DemoPlaces {

    /**
     * {@code russianName}: how Russian readers write it (Кралево for the Serbian Краљево);
     * {@code serbianName}: how Serbian readers write it in Latin script (Dušanbe, Kraljevo).
     */
    record Place(
            String code,
            String name,
            String localName,
            String russianName,
            String serbianName,
            JurisdictionLevel level,
            String parentCode) {}

    static final List<Place> ALL = List.of(
            new Place("CA", "Central Asia", "Центральная Азия", "Центральная Азия", "Centralna Azija", REGION, null),
            new Place("KZ", "Kazakhstan", "Казахстан", "Казахстан", "Kazahstan", COUNTRY, "CA"),
            new Place("KG", "Kyrgyzstan", "Кыргызстан", "Кыргызстан", "Kirgistan", COUNTRY, "CA"),
            new Place("TJ", "Tajikistan", "Таджикистан", "Таджикистан", "Tadžikistan", COUNTRY, "CA"),
            new Place("TM", "Turkmenistan", "Туркменистан", "Туркменистан", "Turkmenistan", COUNTRY, "CA"),
            new Place("UZ", "Uzbekistan", "Узбекистан", "Узбекистан", "Uzbekistan", COUNTRY, "CA"),
            new Place("KZ-AST", "Astana", "Астана", "Астана", "Astana", CITY, "KZ"),
            new Place("KZ-ALA", "Almaty", "Алматы", "Алматы", "Almati", CITY, "KZ"),
            new Place("KG-BIS", "Bishkek", "Бишкек", "Бишкек", "Biškek", CITY, "KG"),
            new Place("TJ-DYU", "Dushanbe", "Душанбе", "Душанбе", "Dušanbe", CITY, "TJ"),
            new Place("TM-ASB", "Ashgabat", "Ашхабад", "Ашхабад", "Ašhabad", CITY, "TM"),
            new Place("UZ-TAS", "Tashkent", "Ташкент", "Ташкент", "Taškent", CITY, "UZ"),
            new Place("EUR", "Europe", "Европа", "Европа", "Evropa", REGION, null),
            new Place("RS", "Serbia", "Србија", "Сербия", "Srbija", COUNTRY, "EUR"),
            new Place("RS-CAC", "Čačak", "Чачак", "Чачак", "Čačak", CITY, "RS"),
            new Place("RS-KRA", "Kraljevo", "Краљево", "Кралево", "Kraljevo", CITY, "RS"),
            new Place("RS-KRU", "Kruševac", "Крушевац", "Крушевац", "Kruševac", CITY, "RS"),
            new Place("RS-ZRE", "Zrenjanin", "Зрењанин", "Зренянин", "Zrenjanin", CITY, "RS"),
            new Place("RS-UZI", "Užice", "Ужице", "Ужице", "Užice", CITY, "RS"),
            new Place("RS-KRG", "Kragujevac", "Крагујевац", "Крагуевац", "Kragujevac", CITY, "RS"),
            new Place("RS-PIR", "Pirot", "Пирот", "Пирот", "Pirot", CITY, "RS"),
            new Place("RS-LOZ", "Loznica", "Лозница", "Лозница", "Loznica", CITY, "RS"),
            new Place("RS-UB", "Ub", "Уб", "Уб", "Ub", CITY, "RS"),
            new Place("RS-VBA", "Vrnjačka Banja", "Врњачка Бања", "Врнячка-Баня", "Vrnjačka Banja", CITY, "RS"),
            new Place("RS-VRA", "Vračar", "Врачар", "Врачар", "Vračar", CITY, "RS"));

    /** Serbia's local governments joined in February 2021; five of them had scorecard results (stage B in the demo). */
    static final List<String> SERBIAN_MEMBERS = List.of(
            "RS-CAC", "RS-KRA", "RS-KRU", "RS-ZRE", "RS-UZI", "RS-KRG", "RS-PIR", "RS-LOZ", "RS-UB", "RS-VBA",
            "RS-VRA");
    /** Ran the 2010–2020 campaign's scorecard, so entered MCR2030 at stage B (see DemoRoadmapEntries). */
    static final List<String> SERBIAN_ENTERED_AT_B = List.of("RS-KRG", "RS-PIR");

    static final List<String> SERBIAN_ASSESSED = List.of("RS-CAC", "RS-KRA", "RS-KRU", "RS-ZRE", "RS-UZI");

    private DemoPlaces() {}
}
