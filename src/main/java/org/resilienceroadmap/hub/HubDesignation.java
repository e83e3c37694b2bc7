package org.resilienceroadmap.hub;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.CommaSeparated;

/**
 * One city's Resilience Hub: its application with commitments and qualifications, then its terms.
 * A renewal keeps the same record: the city stays a hub ({@link #isHub()}) while the renewal is decided.
 */
@Entity
@Table(name = "hub_designation")
public class HubDesignation extends BaseEntity {

    private Long jurisdictionId;

    @Enumerated(EnumType.STRING)
    private HubStatus status;

    private String topics;
    private String statement;
    private boolean goodPractice;
    private boolean financedInitiative;
    private boolean knowledgeTools;
    private boolean cityExchange;
    private BigDecimal investmentUsd;
    private boolean renewing;
    private LocalDate termStart;
    private LocalDate termEnd;
    private String appliedBy;
    private Instant appliedAt;
    private String processInstanceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hub_supported_city", joinColumns = @JoinColumn(name = "hub_id"))
    @Column(name = "jurisdiction_id")
    private Set<Long> supportedCityIds = new HashSet<>();

    protected HubDesignation() {}

    HubDesignation(Long jurisdictionId, HubCommitments commitments, String appliedBy, Instant appliedAt) {
        this.jurisdictionId = jurisdictionId;
        this.status = HubStatus.APPLIED;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
        commit(commitments);
    }

    void commit(HubCommitments c) {
        this.supportedCityIds = new HashSet<>(c.supportedCityIds());
        this.topics = CommaSeparated.join(c.topics().stream().sorted().toList());
        this.goodPractice = c.goodPractice();
        this.financedInitiative = c.financedInitiative();
        this.knowledgeTools = c.knowledgeTools();
        this.cityExchange = c.cityExchange();
        this.statement = c.statement().strip();
        this.investmentUsd = c.investmentUsd();
    }

    void startedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void move(HubStatus to) {
        this.status = to;
    }

    /** A renewal asked for during a term: the review starts again, the term runs on meanwhile. */
    void applyForRenewal(HubCommitments c, String by, Instant at) {
        commit(c);
        this.renewing = true;
        this.appliedBy = by;
        this.appliedAt = at;
        this.status = HubStatus.APPLIED;
    }

    /** Designated (or renewed): a new term from {@code start}; a renewal's term follows the running one. */
    void designate(LocalDate today, Period term) {
        LocalDate start = renewing && termEnd != null && termEnd.isAfter(today) ? termEnd : today;
        this.termStart = start;
        this.termEnd = start.plus(term);
        this.renewing = false;
        this.status = HubStatus.DESIGNATED;
    }

    /** Declined: a first application ends; a declined renewal leaves the running term until it ends. */
    void decline() {
        if (renewing) {
            renewing = false;
            status = HubStatus.DESIGNATED;
        } else {
            status = HubStatus.DECLINED;
        }
    }

    void lapse() {
        this.renewing = false;
        this.status = HubStatus.LAPSED;
    }

    /** Whether the city holds the hub designation now (also while its renewal is decided). */
    public boolean isHub() {
        return termStart != null && status != HubStatus.LAPSED && status != HubStatus.DECLINED;
    }

    public HubCommitments commitments() {
        return new HubCommitments(
                supportedCityIds,
                getTopics(),
                goodPractice,
                financedInitiative,
                knowledgeTools,
                cityExchange,
                statement,
                investmentUsd);
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public HubStatus getStatus() {
        return status;
    }

    public Set<HubTopic> getTopics() {
        Set<HubTopic> all = new java.util.TreeSet<>();
        List<String> names = CommaSeparated.strings(topics);
        names.forEach(n -> all.add(HubTopic.valueOf(n)));
        return all;
    }

    public Set<Long> getSupportedCityIds() {
        return Set.copyOf(supportedCityIds);
    }

    public boolean isRenewing() {
        return renewing;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
