package org.resilienceroadmap.funding.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.resilienceroadmap.funding.ProgrammeFacts;
import org.resilienceroadmap.funding.ProgrammeRecord;
import org.springframework.stereotype.Component;

/**
 * Writes a programme as an IATI 2.03 activity file: an {@code iati-activities} document holding one
 * {@code iati-activity}, the open format in which donors publish what they fund. Elements follow the order
 * the IATI schema demands. A fact the record lacks is left out, never written empty; where the schema
 * insists on a value, the value is derived and the code says from what.
 */
@Component
public class IatiActivityWriter {

    static final String SECTOR_DISASTER_RISK_REDUCTION = "43060";
    static final String POLICY_MARKER_DISASTER_RISK_REDUCTION = "10";

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * The file for one programme, UTF-8 encoded. {@code generatedAt} stamps the file and decides the
     * activity status (pipeline, implementation or finalisation) by its UTC date.
     *
     * @throws IllegalArgumentException when the record lacks what IATI cannot do without and no honest
     *         value can be derived: the programme code, title, donor, period, or the reporting organisation
     */
    public byte[] write(ProgrammeRecord record, Instant generatedAt) {
        requirePublishable(record);
        Objects.requireNonNull(generatedAt, "generatedAt");
        ProgrammeFacts facts = record.facts();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IatiXml xml = new IatiXml(bytes);
        xml.start("iati-activities").attr("version", "2.03").attr("generated-datetime", dateTime(generatedAt));
        xml.start("iati-activity")
                .attr("last-updated-datetime", dateTime(record.lastUpdated()))
                .lang("en")
                .attr("default-currency", facts.currency());
        writeIdentity(xml, record);
        writeStatusAndDates(xml, facts, LocalDate.ofInstant(generatedAt, ZoneOffset.UTC));
        writeWhereAndWhat(xml, record.recipientCountries());
        IatiFinance.write(xml, record);
        IatiResults.write(xml, record);
        xml.end().end().finish();
        return bytes.toByteArray();
    }

    private static void writeIdentity(IatiXml xml, ProgrammeRecord record) {
        ProgrammeFacts facts = record.facts();
        String orgRef = record.reportingOrgRef().strip();
        String orgType = record.reportingOrgType().strip();
        xml.start("iati-identifier").text(orgRef + "-" + facts.code().strip()).end();
        xml.start("reporting-org")
                .attr("ref", orgRef)
                .attr("type", orgType)
                .narrative(facts.donor())
                .end();
        xml.textElement("title", facts.title());
        boolean described =
                record.description() != null && !record.description().isBlank();
        // The schema requires a description; the title is the best summary we have when there is none.
        xml.start("description")
                .attr("type", "1")
                .narrative(described ? record.description() : facts.title())
                .end();
        // The donor reports its own programme: it funds it (1) and manages it (3, extending). Accountable (2) is
        // left out: the record does not say who oversees the outcomes. The implementer has no IATI ref here.
        for (String role : List.of("1", "3")) {
            xml.start("participating-org")
                    .attr("ref", orgRef)
                    .attr("type", orgType)
                    .attr("role", role)
                    .narrative(facts.donor())
                    .end();
        }
        if (facts.implementer() != null && !facts.implementer().isBlank()) {
            xml.start("participating-org")
                    .attr("role", "4")
                    .narrative(facts.implementer())
                    .end();
        }
    }

    private static void writeStatusAndDates(IatiXml xml, ProgrammeFacts facts, LocalDate today) {
        xml.leaf("activity-status").attr("code", status(facts.periodStart(), facts.periodEnd(), today));
        xml.leaf("activity-date").attr("type", "1").attr("iso-date", facts.periodStart());
        xml.leaf("activity-date").attr("type", "3").attr("iso-date", facts.periodEnd());
    }

    /** IATI ActivityStatus: 1 pipeline before the start, 2 implementation up to the last day, 3 finalisation after. */
    static String status(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return "1";
        }
        return today.isAfter(end) ? "3" : "2";
    }

    private static void writeWhereAndWhat(IatiXml xml, List<String> countries) {
        List<String> codes = countries == null
                ? List.of()
                : countries.stream()
                        .filter(Objects::nonNull)
                        .map(code -> code.strip().toUpperCase(Locale.ROOT))
                        .filter(code -> !code.isEmpty())
                        .distinct()
                        .toList();
        List<BigDecimal> shares = evenShares(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            xml.leaf("recipient-country").attr("code", codes.get(i)).attr("percentage", IatiXml.decimal(shares.get(i)));
        }
        xml.leaf("sector")
                .attr("vocabulary", "1")
                .attr("code", SECTOR_DISASTER_RISK_REDUCTION)
                .attr("percentage", "100");
        // significance 2: disaster risk reduction is the principal objective of these programmes
        xml.leaf("policy-marker")
                .attr("vocabulary", "1")
                .attr("code", POLICY_MARKER_DISASTER_RISK_REDUCTION)
                .attr("significance", "2");
    }

    /** 100 % split evenly to the cent; what the rounding leaves goes to the first, so the shares add up to 100. */
    static List<BigDecimal> evenShares(int count) {
        if (count == 0) {
            return List.of();
        }
        BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        List<BigDecimal> shares = new ArrayList<>();
        shares.add(HUNDRED.subtract(share.multiply(BigDecimal.valueOf(count - 1L))));
        for (int i = 1; i < count; i++) {
            shares.add(share);
        }
        return shares;
    }

    private static void requirePublishable(ProgrammeRecord record) {
        ProgrammeFacts facts = Objects.requireNonNull(record.facts(), "the record has no programme facts");
        List<String> missing = new ArrayList<>();
        require(missing, facts.code(), "programme code");
        require(missing, facts.title(), "title");
        require(missing, facts.donor(), "donor");
        require(missing, facts.periodStart(), "period start");
        require(missing, facts.periodEnd(), "period end");
        require(missing, record.reportingOrgRef(), "reporting organisation ref");
        require(missing, record.reportingOrgType(), "reporting organisation type");
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Programme " + facts.code() + " cannot be published to IATI without: "
                    + String.join(", ", missing));
        }
        if (facts.periodEnd().isBefore(facts.periodStart())) {
            throw new IllegalArgumentException("Programme " + facts.code() + " ends before it starts");
        }
    }

    private static void require(List<String> missing, Object value, String what) {
        if (value == null || value.toString().isBlank()) {
            missing.add(what);
        }
    }

    private static String dateTime(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
