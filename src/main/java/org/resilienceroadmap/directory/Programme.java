package org.resilienceroadmap.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A donor's programme as far as the directory needs it: who funds it, how much, and which jurisdictions it covers. */
@Entity
@Table(name = "programme")
public class Programme extends BaseEntity {

    private String code;
    private String title;
    private String donor;
    private BigDecimal amount;
    private String currency;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String description;
    private String reportingOrgRef;
    private String reportingOrgType;
    private String implementer;

    @ElementCollection
    @CollectionTable(name = "programme_jurisdiction", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "jurisdiction_id")
    private Set<Long> jurisdictionIds = new HashSet<>();

    protected Programme() {}

    Programme(
            String code,
            String title,
            String donor,
            BigDecimal amount,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            Set<Long> jurisdictionIds) {
        this.code = code;
        this.title = title;
        this.donor = donor;
        this.amount = amount;
        this.currency = currency;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.jurisdictionIds = new HashSet<>(jurisdictionIds);
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDonor() {
        return donor;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Set<Long> getJurisdictionIds() {
        return Set.copyOf(jurisdictionIds);
    }

    public String getDescription() {
        return description;
    }

    /** The IATI organisation identifier of the donor that publishes the programme, e.g. {@code XI-IATI-EC_INTPA}. */
    public String getReportingOrgRef() {
        return reportingOrgRef;
    }

    /** The IATI organisation type code of the reporting organisation, e.g. {@code 40} for a multilateral. */
    public String getReportingOrgType() {
        return reportingOrgType;
    }

    public String getImplementer() {
        return implementer;
    }

    void describe(String description, String reportingOrgRef, String reportingOrgType, String implementer) {
        this.description = description;
        this.reportingOrgRef = reportingOrgRef;
        this.reportingOrgType = reportingOrgType;
        this.implementer = implementer;
    }
}
