package org.resilienceroadmap.action;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Small tag sets (Essentials, hazard codes, Sendai priorities, file ids) kept in one column as "a,b,c". */
final class Csv {

    private Csv() {
    }

    static List<String> strings(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static List<Integer> integers(String column) {
        return strings(column).stream().map(Integer::valueOf).toList();
    }

    static List<Long> longs(String column) {
        return strings(column).stream().map(Long::valueOf).toList();
    }

    static String join(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
