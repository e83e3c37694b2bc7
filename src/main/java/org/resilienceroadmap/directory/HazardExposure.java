package org.resilienceroadmap.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A hazard in a jurisdiction's profile, rated 1–5 for likelihood and impact. The code is stored with its edition. */
@Entity
@Table(name = "hazard_exposure")
public class HazardExposure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long jurisdictionId;
    private String hazardCode;
    private String hazardEdition;
    private short likelihood;
    private short impact;

    protected HazardExposure() {}

    HazardExposure(Long jurisdictionId, String hazardCode, String hazardEdition, int likelihood, int impact) {
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new IllegalArgumentException("likelihood and impact are rated 1 to 5");
        }
        this.jurisdictionId = jurisdictionId;
        this.hazardCode = hazardCode;
        this.hazardEdition = hazardEdition;
        this.likelihood = (short) likelihood;
        this.impact = (short) impact;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getHazardCode() {
        return hazardCode;
    }

    public String getHazardEdition() {
        return hazardEdition;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public int getImpact() {
        return impact;
    }
}
