package org.resilienceroadmap.shared.error;

/** A request that is well-formed but names something not allowed here, e.g. an outcome the task does not offer (400). */
public class InvalidRequestException extends RuntimeException {
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
