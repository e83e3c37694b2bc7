package org.resilienceroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Checks HTML the way a browser would read it: nothing in it can run script or leave through a script URL. */
public final class InertHtml {

    private InertHtml() {}

    public static void assertInert(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, iframe, object, embed, img, svg, style, form"))
                .as("active elements")
                .isEmpty();
        doc.getAllElements()
                .forEach(element -> element.attributes().forEach(attribute -> {
                    assertThat(attribute.getKey().toLowerCase())
                            .as("event handler attribute")
                            .doesNotStartWith("on");
                    assertThat(attribute.getValue().toLowerCase().replaceAll("\\s", ""))
                            .as("script URL in " + attribute.getKey())
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }));
    }
}
