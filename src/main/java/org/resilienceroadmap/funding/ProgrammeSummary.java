package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.resilienceroadmap.directory.PlaceNames;
import org.resilienceroadmap.shared.Money;

/**
 * A programme in a list: what it is, and whether this reader sees all of it and may manage it.
 * {@code covered} names its places as the API has always named them (the international names);
 * {@code places} keeps all their names, so that a page writes them in its reader's language.
 */
public record ProgrammeSummary(
        Long id,
        String code,
        String title,
        String donor,
        @JsonIgnore BigDecimal amount,
        @JsonIgnore String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> covered,
        boolean whole,
        boolean mayManage,
        @JsonIgnore List<PlaceNames> places) {

    /** The programme's amount, in the API's one money shape. */
    @JsonProperty("amount")
    public Money money() {
        return Money.of(amount, currency);
    }

    /** The covered places in the reader's language, ordered as that reader's alphabet orders them. */
    public List<String> coveredIn(Locale locale) {
        java.text.Collator order = java.text.Collator.getInstance(locale);
        return places.stream().map(place -> place.in(locale)).sorted(order).toList();
    }
}
