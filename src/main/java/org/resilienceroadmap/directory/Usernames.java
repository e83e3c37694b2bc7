package org.resilienceroadmap.directory;

import java.util.regex.Pattern;

/**
 * What an account name looks like: lower-case letters, digits, dots, underscores and hyphens, 3 to
 * 64 long, starting with a letter or digit. Kept here, with the people, so that creating an account
 * and telling an account from a free-text name agree.
 */
public final class Usernames {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private Usernames() {}

    /** Whether {@code candidate} has the form of an account name (not whether such an account exists). */
    public static boolean isUsername(String candidate) {
        return candidate != null && PATTERN.matcher(candidate).matches();
    }
}
