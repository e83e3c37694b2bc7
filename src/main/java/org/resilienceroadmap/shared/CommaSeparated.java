package org.resilienceroadmap.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Small sets (Essentials, hazard codes, ids, usernames) kept in one column as "a,b,c". */
public final class CommaSeparated {

    private CommaSeparated() {}

    public static List<String> strings(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public static List<Integer> integers(String column) {
        return strings(column).stream().map(Integer::valueOf).toList();
    }

    public static List<Long> longs(String column) {
        return strings(column).stream().map(Long::valueOf).toList();
    }

    public static String join(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
