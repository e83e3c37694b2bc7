package org.resilienceroadmap.demo;

import java.util.List;

import org.resilienceroadmap.directory.JurisdictionLevel;

/** The jurisdictions of the demo: Central Asia and Serbia's eleven MCR2030 local governments. */
final class DemoPlaces {

    /** {@code russianName}: how Russian readers write it (Кралево for the Serbian Краљево). */
    record Place(String code, String name, String localName, String russianName, JurisdictionLevel level,
            String parentCode) {
    }

    static final List<Place> ALL = List.of(
            new Place("CA", "Central Asia", "Центральная Азия", "Центральная Азия", JurisdictionLevel.REGION, null),
            new Place("KZ", "Kazakhstan", "Казахстан", "Казахстан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("KG", "Kyrgyzstan", "Кыргызстан", "Кыргызстан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("TJ", "Tajikistan", "Таджикистан", "Таджикистан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("TM", "Turkmenistan", "Туркменистан", "Туркменистан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("UZ", "Uzbekistan", "Узбекистан", "Узбекистан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("KZ-AST", "Astana", "Астана", "Астана", JurisdictionLevel.CITY, "KZ"),
            new Place("KZ-ALA", "Almaty", "Алматы", "Алматы", JurisdictionLevel.CITY, "KZ"),
            new Place("KG-BIS", "Bishkek", "Бишкек", "Бишкек", JurisdictionLevel.CITY, "KG"),
            new Place("TJ-DYU", "Dushanbe", "Душанбе", "Душанбе", JurisdictionLevel.CITY, "TJ"),
            new Place("TM-ASB", "Ashgabat", "Ашхабад", "Ашхабад", JurisdictionLevel.CITY, "TM"),
            new Place("UZ-TAS", "Tashkent", "Ташкент", "Ташкент", JurisdictionLevel.CITY, "UZ"),
            new Place("EUR", "Europe", "Европа", "Европа", JurisdictionLevel.REGION, null),
            new Place("RS", "Serbia", "Србија", "Сербия", JurisdictionLevel.COUNTRY, "EUR"),
            new Place("RS-CAC", "Čačak", "Чачак", "Чачак", JurisdictionLevel.CITY, "RS"),
            new Place("RS-KRA", "Kraljevo", "Краљево", "Кралево", JurisdictionLevel.CITY, "RS"),
            new Place("RS-KRU", "Kruševac", "Крушевац", "Крушевац", JurisdictionLevel.CITY, "RS"),
            new Place("RS-ZRE", "Zrenjanin", "Зрењанин", "Зренянин", JurisdictionLevel.CITY, "RS"),
            new Place("RS-UZI", "Užice", "Ужице", "Ужице", JurisdictionLevel.CITY, "RS"),
            new Place("RS-KRG", "Kragujevac", "Крагујевац", "Крагуевац", JurisdictionLevel.CITY, "RS"),
            new Place("RS-PIR", "Pirot", "Пирот", "Пирот", JurisdictionLevel.CITY, "RS"),
            new Place("RS-LOZ", "Loznica", "Лозница", "Лозница", JurisdictionLevel.CITY, "RS"),
            new Place("RS-UB", "Ub", "Уб", "Уб", JurisdictionLevel.CITY, "RS"),
            new Place("RS-VBA", "Vrnjačka Banja", "Врњачка Бања", "Врнячка-Баня", JurisdictionLevel.CITY, "RS"),
            new Place("RS-VRA", "Vračar", "Врачар", "Врачар", JurisdictionLevel.CITY, "RS"));

    /** Serbia's local governments joined in February 2021; five of them had scorecard results (stage B in the demo). */
    static final List<String> SERBIAN_MEMBERS = List.of("RS-CAC", "RS-KRA", "RS-KRU", "RS-ZRE", "RS-UZI",
            "RS-KRG", "RS-PIR", "RS-LOZ", "RS-UB", "RS-VBA", "RS-VRA");
    static final List<String> SERBIAN_ASSESSED = List.of("RS-CAC", "RS-KRA", "RS-KRU", "RS-ZRE", "RS-UZI");

    private DemoPlaces() {
    }
}
