package org.resilienceroadmap.gate;

import java.util.List;

/**
 * What a computed item found: whether it is met, and the sentence saying what was found as a
 * bundle key and its arguments (a page writes it in its reader's language, the API in English).
 */
public record Fact(boolean met, String key, List<Object> args) {

    public Fact {
        args = List.copyOf(args);
    }

    static Fact of(boolean met, String key, Object... args) {
        return new Fact(met, key, List.of(args));
    }
}
