package org.resilienceroadmap.shared.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Appends SVG markup; every attribute value and every text is escaped here, so the charts never
 * concatenate caller text themselves. Open elements are tracked, so the result is always closed.
 */
final class Svg {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** The root element: scales to its container's width, read by assistive technology as one image. */
    static Svg root(String cssClass, String title, int width, int height) {
        return root(cssClass, title, null, width, height, false);
    }

    /**
     * As above, named by the title and, after a colon, the summary of its figures (the text inside an
     * image is not read out, so the name carries what it shows). A drawing whose labels are links is a
     * named group instead: an image's parts cannot be reached one by one, so a link inside one is lost
     * to the keyboard and to screen readers.
     */
    static Svg root(String cssClass, String title, String summary, int width, int height, boolean hasLinks) {
        String name = summary == null || summary.isBlank() ? title : title + ": " + summary;
        Svg svg = new Svg()
                .open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        cssClass,
                        "role",
                        hasLinks ? "group" : "img",
                        "aria-label",
                        name,
                        "viewBox",
                        "0 0 " + width + " " + height,
                        "width",
                        "100%");
        return svg.element("title", title);
    }

    /** Opens an element; attributes come as name, value pairs, and a null value leaves the attribute out. */
    Svg open(String tag, Object... attributes) {
        start(tag, attributes).append('>');
        open.push(tag);
        return this;
    }

    Svg close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    Svg leaf(String tag, Object... attributes) {
        start(tag, attributes).append("/>");
        return this;
    }

    Svg element(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close();
    }

    Svg text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Closes whatever is still open and gives the markup. */
    String end() {
        while (!open.isEmpty()) {
            close();
        }
        return out.toString();
    }

    private StringBuilder start(String tag, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                out.append(' ')
                        .append(name((String) attributes[i]))
                        .append("=\"")
                        .append(escape(format(value)))
                        .append('"');
            }
        }
        return out;
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
        return name;
    }

    private static String format(Object value) {
        return value instanceof Double d ? number(d) : value instanceof Float f ? number(f) : value.toString();
    }

    /** A coordinate with at most two decimals and a dot, whatever the server's locale. */
    static String number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == 0
                ? "0"
                : BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    /**
     * Escapes markup characters and drops those XML cannot carry at all (control characters, lone
     * surrogates), which would otherwise make the whole chart unreadable to an XML parser.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
