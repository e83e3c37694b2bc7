package org.resilienceroadmap.shared.ui;

/**
 * How the header names the signed-in person: by the name colleagues know them by, not their account
 * name. The directory answers it; the layout only asks.
 */
public interface SignedInName {

    /** The person's name for the header; the account name when the directory does not know it. */
    String of(String username);
}
