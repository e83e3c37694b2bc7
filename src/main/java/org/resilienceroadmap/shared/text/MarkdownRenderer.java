package org.resilienceroadmap.shared.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns what people type (strategy bodies, narratives) into HTML that cannot run anything. Two
 * independent guards: the Markdown renderer escapes raw HTML and drops unsafe link targets, and the
 * result is cleaned against an allow-list, so a mistake in one is caught by the other.
 */
@Component
public class MarkdownRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final Safelist allowed = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    /** Safe HTML inside one {@code <div>}, ready for a component that sets inner HTML. */
    public String toSafeHtml(String markdown) {
        String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return "<div class=\"markdown\">" + Jsoup.clean(html, allowed) + "</div>";
    }
}
