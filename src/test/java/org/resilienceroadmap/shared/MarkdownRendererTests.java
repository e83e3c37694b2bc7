package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.text.MarkdownRenderer;
import org.resilienceroadmap.support.InertHtml;

/** What people type renders as formatting, never as something that runs. */
class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsAndSafeLinks() {
        String html =
                renderer.toSafeHtml("## Early warning\n\n- sirens\n- **SMS**\n\n[plan](https://dushanbe.tj/plan)");
        assertThat(html)
                .contains("<h2>Early warning</h2>", "<li>sirens</li>", "<strong>SMS</strong>")
                .contains("href=\"https://dushanbe.tj/plan\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void showsScriptsAndRawHtmlAsText() {
        String html = renderer.toSafeHtml("Hello <script>alert('x')</script> <img src=x onerror=alert(1)>"
                + "\n\n<div onclick=\"steal()\">raw</div>");
        InertHtml.assertInert(html);
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void makesJavascriptAndDataLinksInert() {
        String html = renderer.toSafeHtml("[click](javascript:alert(1)) [x](JaVaScRiPt:alert(2)) "
                + "[d](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:msgbox) <a href=\"javascript:alert(3)\">a</a>"
                + "\n\n![img](javascript:alert(4))");
        InertHtml.assertInert(html);
        assertThat(org.jsoup.Jsoup.parse(html).select("a")).hasSize(4);
    }

    @Test
    void keepsTheEscapedTextReadable() {
        assertThat(renderer.toSafeHtml("Budget < 5% & rising")).contains("Budget &lt; 5% &amp; rising");
    }
}
