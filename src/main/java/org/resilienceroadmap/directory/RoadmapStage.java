package org.resilienceroadmap.directory;

/** The MCR2030 resilience roadmap stages. */
public enum RoadmapStage {
    /** Know Better: commitment, working group, scorecard self-assessment. */
    A,
    /** Plan Better: strategy and action plan, reviewed, approved and adopted. */
    B,
    /** Implement Better: actions carried out, verified, re-assessed. */
    C;

    public RoadmapStage next() {
        return this == C ? null : values()[ordinal() + 1];
    }
}
