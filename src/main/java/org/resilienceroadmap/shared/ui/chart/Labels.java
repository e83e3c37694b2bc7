package org.resilienceroadmap.shared.ui.chart;

import java.util.regex.Pattern;

/** Row labels shared by the charts: shortened to fit their column, optionally a link inside the application. */
final class Labels {

    static final String ELLIPSIS = "\u2026";

    /**
     * A path inside this application: "/funding/projects/7" or "projects/7?tab=reports". Nothing
     * with a scheme (javascript:, data:, https:), nothing starting "//" or with a backslash, which
     * browsers read as another host, and no spaces or control characters that could hide a scheme.
     */
    private static final Pattern SAFE_HREF =
            Pattern.compile("(/(?![/\\\\])|[A-Za-z0-9._~-]+(?=[/?#]|$))[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*");

    private Labels() {}

    /** The link to keep, or null when the caller's link could leave the application or run script. */
    static String safeHref(String href) {
        return href != null && SAFE_HREF.matcher(href).matches() ? href : null;
    }

    /** At most {@code max} characters (whole code points, so no half of an emoji), the last an ellipsis when cut. */
    static String truncate(String text, int max) {
        String plain = text == null ? "" : text.strip();
        if (plain.codePointCount(0, plain.length()) <= max) {
            return plain;
        }
        return plain.substring(0, plain.offsetByCodePoints(0, max - 1)).stripTrailing() + ELLIPSIS;
    }

    /** A label at (x, y); when shortened, its full text is a title child so it shows on hover. */
    static void draw(Svg svg, double x, double y, String label, String href, int maxChars) {
        String full = label == null ? "" : label.strip();
        String shown = truncate(full, maxChars);
        String link = safeHref(href);
        if (link != null) {
            svg.open("a", "href", link, "class", "link");
        }
        // a linked label looks like a link, since nothing else in the drawing says it can be clicked
        svg.open(
                "text",
                "class",
                "label",
                "x",
                x,
                "y",
                y,
                "font-size",
                13,
                "fill",
                link == null ? Palette.INK : Palette.LINK,
                "text-decoration",
                link == null ? null : "underline");
        if (!shown.equals(full)) {
            svg.element("title", full);
        }
        svg.text(shown).close();
        if (link != null) {
            svg.close();
        }
    }
}
