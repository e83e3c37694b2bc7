package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/**
 * An indicator of a result. With a {@link IndicatorMeasure} its actual value is counted from the
 * workflow's data; without one a person reports it ({@code actual}, {@code actualOn}).
 */
@Entity
@Table(name = "programme_indicator")
class Indicator extends BaseEntity {

    private Long programmeId;
    private Long resultId;
    private String code;
    private String name;
    private String unit;

    @Enumerated(EnumType.STRING)
    private IndicatorMeasure measure;

    private BigDecimal baseline;
    private Integer baselineYear;
    private BigDecimal target;
    private Integer targetYear;
    private BigDecimal actual;
    private LocalDate actualOn;
    private String meansOfVerification;

    @Enumerated(EnumType.STRING)
    private IndicatorDirection direction;

    private boolean allEssentials;
    private int position;

    protected Indicator() {}

    Indicator(Long programmeId, Long resultId, int position, IndicatorSpec spec) {
        this.programmeId = programmeId;
        this.resultId = resultId;
        this.position = position;
        this.code = spec.code();
        apply(spec);
    }

    void apply(IndicatorSpec spec) {
        this.name = spec.name();
        this.unit = spec.unit();
        this.measure = spec.measure();
        this.baseline = spec.baseline();
        this.baselineYear = spec.baselineYear();
        this.target = spec.target();
        this.targetYear = spec.targetYear();
        this.meansOfVerification = spec.meansOfVerification();
        this.direction = spec.direction();
        this.allEssentials = Boolean.TRUE.equals(spec.allEssentials()) && measure != null && measure.readsEssentials();
    }

    void report(BigDecimal value, LocalDate on) {
        this.actual = value;
        this.actualOn = on;
    }

    public boolean isComputed() {
        return measure != null;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public IndicatorMeasure getMeasure() {
        return measure;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public LocalDate getActualOn() {
        return actualOn;
    }

    public String getMeansOfVerification() {
        return meansOfVerification;
    }

    /**
     * The way it improves: as set, else the measure's own way, else lower when the target lies below the
     * baseline (fewer people affected), else higher.
     */
    public IndicatorDirection getDirection() {
        if (direction != null) {
            return direction;
        }
        if (measure != null) {
            return measure.direction();
        }
        return baseline != null && target != null && target.compareTo(baseline) < 0
                ? IndicatorDirection.LOWER
                : IndicatorDirection.HIGHER;
    }

    /** Counts only adopted strategies whose objectives cover all Ten Essentials. */
    public boolean isAllEssentials() {
        return allEssentials;
    }

    public int getPosition() {
        return position;
    }
}
