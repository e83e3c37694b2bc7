package org.resilienceroadmap.publication.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.publication.PublicCity;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.shared.i18n.Percent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The public pages as HTML, built as a document tree so that every text is escaped: landmarks (header,
 * navigation, main, footer), one h1 and h2 per section, tables with captions and column headers, one
 * stylesheet and no script at all (the public pages' content security policy allows none).
 */
@Component
class PublicPageHtml {

    private final MessageSource messages;

    PublicPageHtml(MessageSource messages) {
        this.messages = messages;
    }

    String index(List<PublicCity.Entry> cities, Locale locale, String base) {
        Page page = new Page(locale, base, text(locale, "public.index.title"), "/public/cities");
        Element main = page.main;
        main.appendElement("h1").text(text(locale, "public.index.title"));
        main.appendElement("p").text(text(locale, "public.index.intro"));
        if (cities.isEmpty()) {
            main.appendElement("p").text(text(locale, "public.index.none"));
        } else {
            Element list = main.appendElement("ul").addClass("cities");
            for (PublicCity.Entry city : cities) {
                Element item = list.appendElement("li");
                item.appendElement("a")
                        .attr("href", base + "/public/cities/" + city.code() + page.langQuery())
                        .text(city.names().in(locale));
                item.appendText(
                        " · " + (city.country() == null ? "" : city.country().in(locale) + " · ")
                                + stage(locale, city.stage()));
            }
        }
        page.footer
                .appendElement("a")
                .attr("href", base + "/public/cities.json")
                .attr("type", "application/json")
                .text(text(locale, "public.data"));
        return page.html();
    }

    String city(PublicCity city, Locale locale, String base) {
        String name = city.names().in(locale);
        Page page = new Page(locale, base, text(locale, "public.city.title", name), "/public/cities/" + city.code());
        Element main = page.main;
        main.appendElement("h1").text(name);
        main.appendElement("p")
                .addClass("lead")
                .text((city.country() == null ? "" : city.country().in(locale) + " · ") + text(locale, "level.CITY"));
        stages(main, city, locale);
        scorecard(main, city.scorecard(), locale);
        strategy(main, city.strategy(), locale);
        actions(main, city.actions(), locale);
        page.footer.appendElement("p").text(text(locale, "public.publishedOn", day(locale, city.publishedOn())));
        page.footer
                .appendElement("a")
                .attr("href", base + "/public/cities" + page.langQuery())
                .text(text(locale, "public.index.link"));
        page.footer.appendText(" · ");
        page.footer
                .appendElement("a")
                .attr("href", base + "/public/cities/" + city.code() + ".json")
                .attr("type", "application/json")
                .text(text(locale, "public.data"));
        return page.html();
    }

    String notFound(Locale locale, String base) {
        Page page = new Page(locale, base, text(locale, "public.notFound.title"), "/public/cities");
        page.main.appendElement("h1").text(text(locale, "public.notFound.title"));
        page.main.appendElement("p").text(text(locale, "public.notFound.text"));
        page.main
                .appendElement("a")
                .attr("href", base + "/public/cities" + page.langQuery())
                .text(text(locale, "public.index.link"));
        return page.html();
    }

    private void stages(Element main, PublicCity city, Locale locale) {
        Element section = section(main, "stage", text(locale, "public.stage.heading"));
        section.appendElement("p")
                .addClass("stage")
                .text(city.stage() == null ? text(locale, "stage.none") : stage(locale, city.stage()));
        if (city.joinedOn() != null) {
            section.appendElement("p").text(text(locale, "public.joinedOn", day(locale, city.joinedOn())));
        }
        if (!city.stages().isEmpty()) {
            Element body = table(
                    section,
                    text(locale, "public.stage.caption"),
                    text(locale, "public.stage.stage"),
                    text(locale, "public.stage.entered"));
            for (PublicCity.StageDate s : city.stages()) {
                row(body, stage(locale, s.stage()), day(locale, s.entered()));
            }
        }
    }

    private void scorecard(Element main, PublicCity.Scorecard scorecard, Locale locale) {
        Element section = section(main, "scorecard", text(locale, "public.scorecard.heading"));
        if (scorecard == null) {
            section.appendElement("p").text(text(locale, "public.scorecard.none"));
            return;
        }
        section.appendElement("p")
                .text(text(
                        locale,
                        "public.scorecard.validated",
                        scorecard.templateIn(locale.getLanguage()),
                        day(locale, scorecard.validatedOn())));
        Element body = table(
                section,
                text(locale, "public.scorecard.caption"),
                text(locale, "public.scorecard.essential"),
                text(locale, "public.scorecard.points"),
                text(locale, "public.scorecard.percent"));
        for (PublicCity.EssentialResult e : scorecard.essentials()) {
            row(
                    body,
                    e.essential() + ". " + text(locale, "essential." + e.essential()),
                    e.score() + " / " + e.max(),
                    e.percent() == null ? "–" : Percent.format(locale, e.percent()));
        }
        if (scorecard.overallPercent() != null) {
            section.appendElement("p")
                    .text(text(locale, "public.scorecard.overall", Percent.format(locale, scorecard.overallPercent())));
        }
    }

    private void strategy(Element main, PublicCity.Strategy strategy, Locale locale) {
        Element section = section(main, "strategy", text(locale, "public.strategy.heading"));
        if (strategy == null) {
            section.appendElement("p").text(text(locale, "public.strategy.none"));
            return;
        }
        Element facts = section.appendElement("dl");
        fact(facts, text(locale, "public.strategy.title"), strategy.title());
        fact(
                facts,
                text(locale, "public.strategy.period"),
                day(locale, strategy.periodStart()) + " – " + day(locale, strategy.periodEnd()));
        fact(facts, text(locale, "public.strategy.adoptedBy"), strategy.adoptingBody());
        fact(facts, text(locale, "public.strategy.adoptedOn"), day(locale, strategy.adoptedOn()));
    }

    private void actions(Element main, PublicCity.Actions actions, Locale locale) {
        Element section = section(main, "actions", text(locale, "public.actions.heading"));
        Element body = table(
                section,
                text(locale, "public.actions.caption"),
                text(locale, "public.actions.figure"),
                text(locale, "public.actions.count"));
        row(body, text(locale, "public.actions.total"), String.valueOf(actions.total()));
        row(body, text(locale, "public.actions.completed"), String.valueOf(actions.completed()));
        row(body, text(locale, "public.actions.completedOnTime"), String.valueOf(actions.completedOnTime()));
        row(body, text(locale, "public.actions.overdue"), String.valueOf(actions.overdue()));
    }

    private static Element section(Element main, String id, String heading) {
        Element section = main.appendElement("section").attr("aria-labelledby", id + "-heading");
        section.appendElement("h2").id(id + "-heading").text(heading);
        return section;
    }

    private static Element table(Element parent, String caption, String... columns) {
        Element table = parent.appendElement("table");
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : columns) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        return table.appendElement("tbody");
    }

    private static void row(Element body, String first, String... rest) {
        Element tr = body.appendElement("tr");
        tr.appendElement("th").attr("scope", "row").text(first);
        for (String cell : rest) {
            tr.appendElement("td").text(cell);
        }
    }

    private static void fact(Element list, String term, String value) {
        list.appendElement("dt").text(term);
        list.appendElement("dd").text(value == null ? "–" : value);
    }

    private String stage(Locale locale, RoadmapStage stage) {
        return stage == null ? text(locale, "stage.none") : text(locale, "stage." + stage.name());
    }

    private static String day(Locale locale, LocalDate day) {
        return day == null ? "–" : Days.format(locale, day);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The frame every public page shares: language, title, stylesheet, skip link, language links. */
    private final class Page {

        private final Locale locale;
        private final Element main;
        private final Element footer;
        private final Document document;

        Page(Locale locale, String base, String title, String path) {
            this.locale = locale;
            this.document = Document.createShell("");
            document.outputSettings().prettyPrint(false);
            document.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
            document.selectFirst("html").attr("lang", Languages.tag(locale));
            Element head = document.head();
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            head.appendElement("title").text(title + " · " + text(locale, "public.site"));
            head.appendElement("link").attr("rel", "stylesheet").attr("href", base + "/public/style.css");
            Element body = document.body();
            body.appendElement("a").addClass("skip").attr("href", "#main").text(text(locale, "public.skip"));
            Element header = body.appendElement("header");
            header.appendElement("p").addClass("site").text(text(locale, "public.site"));
            Element languages = header.appendElement("nav").attr("aria-label", text(locale, "public.languages"));
            for (Locale language : Languages.SUPPORTED) {
                Element link = languages
                        .appendElement("a")
                        .attr("href", base + path + "?lang=" + Languages.tag(language))
                        .attr("hreflang", Languages.tag(language))
                        .attr("lang", Languages.tag(language))
                        .text(text(language, Languages.nameKey(language)));
                if (language.getLanguage().equals(locale.getLanguage())) {
                    link.attr("aria-current", "true");
                }
            }
            this.main = body.appendElement("main").id("main");
            this.footer = body.appendElement("footer");
        }

        String langQuery() {
            return "?lang=" + Languages.tag(locale);
        }

        String html() {
            return document.outerHtml();
        }
    }
}
