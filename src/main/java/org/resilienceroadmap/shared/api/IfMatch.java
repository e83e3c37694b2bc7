package org.resilienceroadmap.shared.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code If-Match} header as RFC 9110 reads it: {@code *}, or a list of entity tags compared
 * strongly, so a weak tag ({@code W/"3"}) or one that is no version of ours matches nothing.
 */
record IfMatch(boolean any, List<Long> versions) {

    static final String HEADER = "If-Match";

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    static IfMatch parse(String header) {
        if (header.strip().equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<Long> versions = new ArrayList<>();
        Matcher m = TAG.matcher(header);
        while (m.lookingAt()) {
            if (m.group(1) == null && m.group(2).matches("\\d{1,18}")) {
                versions.add(Long.parseLong(m.group(2)));
            }
            if (m.end() == header.length()) {
                break;
            }
            m.region(m.end(), header.length());
        }
        return new IfMatch(false, List.copyOf(versions));
    }

    boolean matches(long version) {
        return any || versions.contains(version);
    }

    /** The one version it names, the one a body without a version is given; null for * or several. */
    Long single() {
        return versions.size() == 1 ? versions.get(0) : null;
    }

    static String tag(long version) {
        return "\"" + version + "\"";
    }
}
