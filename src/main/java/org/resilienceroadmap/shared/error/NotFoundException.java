package org.resilienceroadmap.shared.error;

/** The object does not exist, or lies outside the caller's scope: both answer 404 so that scope leaks nothing. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
