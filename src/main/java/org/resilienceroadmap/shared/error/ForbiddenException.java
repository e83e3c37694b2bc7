package org.resilienceroadmap.shared.error;

/** The caller sees the object but their role may not take this step (403). */
public class ForbiddenException extends RuntimeException implements Refused {
    private final Refusal refusal;

    public ForbiddenException(String message) {
        super(message);
        this.refusal = null;
    }

    public ForbiddenException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    /** Why, in bundle words; null for a refusal still written in English only. */
    @Override
    public Refusal refusal() {
        return refusal;
    }
}
