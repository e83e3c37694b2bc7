package org.resilienceroadmap.shared.error;

/** The object does not exist, or lies outside the caller's scope: both answer 404 so that scope leaks nothing. */
public class NotFoundException extends RuntimeException implements Refused {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }

    /** A page says only that it is not there (or not the reader's to see); the API names what and which. */
    @Override
    public Refusal refusal() {
        return Refusal.of("problem.notFound");
    }
}
