package org.resilienceroadmap.shared.error;

/** The caller sees the object but their role may not take this step (403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
