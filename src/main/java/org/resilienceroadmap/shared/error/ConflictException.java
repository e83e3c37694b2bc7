package org.resilienceroadmap.shared.error;

/** The step collides with what someone else did first: already completed, claimed by another, stale version (409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
