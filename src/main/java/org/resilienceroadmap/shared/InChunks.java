package org.resilienceroadmap.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A read by a long list of keys, a thousand keys a statement: one list of a country's tasks can name
 * more subjects than a database binds in one statement (PostgreSQL: 32,767 parameters).
 */
public final class InChunks {

    public static final int SIZE = 1000;

    private InChunks() {}

    /** Hands each chunk of the keys, in order, to {@code read}. */
    public static <K> void each(Collection<K> keys, Consumer<List<K>> read) {
        List<K> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += SIZE) {
            read.accept(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
    }

    /** What {@code read} answers for each chunk of the keys, together. */
    public static <K, R> List<R> read(Collection<K> keys, Function<List<K>, List<R>> read) {
        List<R> found = new ArrayList<>();
        each(keys, chunk -> found.addAll(read.apply(chunk)));
        return found;
    }
}
