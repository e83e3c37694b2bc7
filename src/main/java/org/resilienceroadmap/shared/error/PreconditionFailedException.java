package org.resilienceroadmap.shared.error;

/** An {@code If-Match} that does not hold: someone changed the resource since it was read, or the body disagrees (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
