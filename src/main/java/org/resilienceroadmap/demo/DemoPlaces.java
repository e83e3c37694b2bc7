package org.resilienceroadmap.demo;

import java.util.List;

import org.resilienceroadmap.directory.JurisdictionLevel;

/** The jurisdictions of the demo: Central Asia and Serbia's eleven MCR2030 local governments. */
final class DemoPlaces {

    record Place(String code, String name, String localName, JurisdictionLevel level, String parentCode) {
    }

    static final List<Place> ALL = List.of(
            new Place("CA", "Central Asia", "Центральная Азия", JurisdictionLevel.REGION, null),
            new Place("KZ", "Kazakhstan", "Казахстан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("KG", "Kyrgyzstan", "Кыргызстан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("TJ", "Tajikistan", "Таджикистан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("TM", "Turkmenistan", "Туркменистан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("UZ", "Uzbekistan", "Узбекистан", JurisdictionLevel.COUNTRY, "CA"),
            new Place("KZ-AST", "Astana", "Астана", JurisdictionLevel.CITY, "KZ"),
            new Place("KZ-ALA", "Almaty", "Алматы", JurisdictionLevel.CITY, "KZ"),
            new Place("KG-BIS", "Bishkek", "Бишкек", JurisdictionLevel.CITY, "KG"),
            new Place("TJ-DYU", "Dushanbe", "Душанбе", JurisdictionLevel.CITY, "TJ"),
            new Place("TM-ASB", "Ashgabat", "Ашхабад", JurisdictionLevel.CITY, "TM"),
            new Place("UZ-TAS", "Tashkent", "Ташкент", JurisdictionLevel.CITY, "UZ"),
            new Place("EUR", "Europe", "Европа", JurisdictionLevel.REGION, null),
            new Place("RS", "Serbia", "Србија", JurisdictionLevel.COUNTRY, "EUR"),
            new Place("RS-CAC", "Čačak", "Чачак", JurisdictionLevel.CITY, "RS"),
            new Place("RS-KRA", "Kraljevo", "Краљево", JurisdictionLevel.CITY, "RS"),
            new Place("RS-KRU", "Kruševac", "Крушевац", JurisdictionLevel.CITY, "RS"),
            new Place("RS-ZRE", "Zrenjanin", "Зрењанин", JurisdictionLevel.CITY, "RS"),
            new Place("RS-UZI", "Užice", "Ужице", JurisdictionLevel.CITY, "RS"),
            new Place("RS-KRG", "Kragujevac", "Крагујевац", JurisdictionLevel.CITY, "RS"),
            new Place("RS-PIR", "Pirot", "Пирот", JurisdictionLevel.CITY, "RS"),
            new Place("RS-LOZ", "Loznica", "Лозница", JurisdictionLevel.CITY, "RS"),
            new Place("RS-UB", "Ub", "Уб", JurisdictionLevel.CITY, "RS"),
            new Place("RS-VBA", "Vrnjačka Banja", "Врњачка Бања", JurisdictionLevel.CITY, "RS"),
            new Place("RS-VRA", "Vračar", "Врачар", JurisdictionLevel.CITY, "RS"));

    /** Serbia's local governments joined in February 2021; five of them had scorecard results (stage B in the demo). */
    static final List<String> SERBIAN_MEMBERS = List.of("RS-CAC", "RS-KRA", "RS-KRU", "RS-ZRE", "RS-UZI",
            "RS-KRG", "RS-PIR", "RS-LOZ", "RS-UB", "RS-VBA", "RS-VRA");
    static final List<String> SERBIAN_ASSESSED = List.of("RS-CAC", "RS-KRA", "RS-KRU", "RS-ZRE", "RS-UZI");

    private DemoPlaces() {
    }
}
