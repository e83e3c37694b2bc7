package org.resilienceroadmap.shared.error;

/** An exception that says why in bundle words, so that a page can say it in its reader's language. */
public interface Refused {

    Refusal refusal();
}
