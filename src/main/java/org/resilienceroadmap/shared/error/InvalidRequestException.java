package org.resilienceroadmap.shared.error;

/** A request that is well-formed but names something not allowed here, e.g. an outcome the task does not offer (400). */
public class InvalidRequestException extends RuntimeException implements Refused {
    private final String field;
    private final Refusal refusal;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
        this.refusal = null;
    }

    public InvalidRequestException(String field, Refusal refusal) {
        super(refusal.english());
        this.field = field;
        this.refusal = refusal;
    }

    public String field() {
        return field;
    }

    /** Why, in bundle words; null for a refusal still written in English only. */
    @Override
    public Refusal refusal() {
        return refusal;
    }
}
