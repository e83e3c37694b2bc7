package org.resilienceroadmap.shared.error;

/** The step collides with what someone else did first: already completed, claimed by another, stale version (409). */
public class ConflictException extends RuntimeException implements Refused {
    private final Refusal refusal;

    public ConflictException(String message) {
        super(message);
        this.refusal = null;
    }

    public ConflictException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    /** Why, in bundle words; null for a refusal still written in English only. */
    @Override
    public Refusal refusal() {
        return refusal;
    }
}
