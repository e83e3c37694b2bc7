package org.resilienceroadmap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.ui.chart.BarChart;
import org.resilienceroadmap.shared.ui.chart.BarChart.Bar;
import org.resilienceroadmap.shared.ui.chart.ComparisonBar;
import org.resilienceroadmap.shared.ui.chart.ComparisonBar.Figure;
import org.resilienceroadmap.shared.ui.chart.FunnelChart;
import org.resilienceroadmap.shared.ui.chart.FunnelChart.Step;
import org.resilienceroadmap.shared.ui.chart.LineChart;
import org.resilienceroadmap.shared.ui.chart.LineChart.Point;
import org.resilienceroadmap.shared.ui.chart.NiceScale;
import org.resilienceroadmap.shared.ui.chart.Palette;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The donor dashboard's charts draw what their numbers say, and whatever people typed stays text. */
class ChartKitTests {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void drawsBarsInProportionToTheirValues() {
        Document doc = parse(
                BarChart.of("Indicators", List.of(new Bar("Sirens", 50, "50"), new Bar("Shelters", 25, "25")), "None")
                        .withMax(100)
                        .svg());
        double track = number(first(doc, "rect", "track"), "width");
        List<Element> bars = all(doc, "rect", "bar");
        assertThat(number(bars.get(0), "width") / track).isCloseTo(0.5, within(0.001));
        assertThat(number(bars.get(1), "width") / track).isCloseTo(0.25, within(0.001));
    }

    @Test
    void scalesToTheLargestValueOrTargetWhenNoMaximumIsGiven() {
        Document doc = parse(BarChart.of(
                        "Indicators",
                        List.of(new Bar("Sirens", 30, 60.0, "30 / 60", null), new Bar("Shelters", 45, "45")),
                        "None")
                .svg());
        double track = number(first(doc, "rect", "track"), "width");
        assertThat(all(doc, "rect", "bar"))
                .extracting(b -> number(b, "width") / track)
                .containsExactly(0.5, 0.75);
        double trackEnd = number(first(doc, "rect", "track"), "x") + track;
        assertThat(number(first(doc, "line", "target"), "x1")).isEqualTo(trackEnd);
    }

    @Test
    void placesTheTargetMarkerAtTheTarget() {
        Document doc = parse(BarChart.of("Indicators", List.of(new Bar("Sirens", 40, 80.0, "40 / 80", null)), "None")
                .withMax(100)
                .svg());
        Element track = first(doc, "rect", "track");
        Element target = first(doc, "line", "target");
        double expected = number(track, "x") + 0.8 * number(track, "width");
        assertThat(number(target, "x1")).isCloseTo(expected, within(0.01));
        assertThat(number(target, "x2")).isCloseTo(expected, within(0.01));
    }

    @Test
    void coloursEachBarByItsShareOfTheTarget() {
        Document doc = parse(BarChart.of(
                        "Indicators",
                        List.of(
                                new Bar("a", 20, 100.0, null, null),
                                new Bar("b", 34, 100.0, null, null),
                                new Bar("c", 66, 100.0, null, null),
                                new Bar("d", 67, 100.0, null, null),
                                new Bar("e", 120, 100.0, null, null),
                                new Bar("f", 5, "5")),
                        "None")
                .svg());
        assertThat(all(doc, "rect", "bar"))
                .extracting(b -> b.getAttribute("fill"))
                .containsExactly(
                        Palette.RED, Palette.AMBER, Palette.AMBER, Palette.GREEN, Palette.GREEN, Palette.NEUTRAL);
    }

    @Test
    void showsMarkupInAnyTextOnlyAsText() {
        String nasty = SCRIPT + " \"'&\u0000 <img src=x onerror=alert(1)>";
        List<String> charts = List.of(
                new BarChart(nasty, List.of(new Bar(SCRIPT, 1, 2.0, nasty, null)), null, null, nasty).svg(),
                new FunnelChart(nasty, List.of(new Step(SCRIPT, 3, null)), Locale.UK, nasty).svg(),
                LineChart.of(nasty, List.of(new Point(nasty, 1.0)), Locale.UK, nasty)
                        .withTarget(2, nasty)
                        .svg(),
                new ComparisonBar(
                                nasty,
                                figure(nasty, "10"),
                                figure(nasty, "5"),
                                figure(nasty, "1"),
                                nasty,
                                Locale.UK,
                                nasty)
                        .svg(),
                BarChart.of(nasty, List.of(), nasty).svg());
        for (String svg : charts) {
            Document doc = parse(svg);
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).isZero();
            assertThat(doc.getDocumentElement().getTextContent()).contains(SCRIPT);
            assertThat(doc.getDocumentElement().getAttribute("aria-label")).startsWith(SCRIPT);
        }
        Document bars = parse(charts.get(0));
        assertThat(first(bars, "text", "label").getTextContent()).isEqualTo(SCRIPT);
    }

    @Test
    void linksLabelsOnlyToPathsInsideTheApplication() {
        List<String> unsafe = List.of(
                "javascript:alert(1)",
                " javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "java\tscript:alert(1)",
                "data:text/html,x",
                "https://evil.example/",
                "//evil.example/",
                "/\\evil.example",
                "vbscript:x");
        List<Bar> rows = new ArrayList<>();
        unsafe.forEach(href -> rows.add(new Bar("unsafe", 1, null, null, href)));
        rows.add(new Bar("project", 1, null, null, "/funding/projects/7?tab=reports"));
        rows.add(new Bar("relative", 1, null, null, "projects/7"));
        Document doc = parse(BarChart.of("Links", rows, "None").svg());
        assertThat(all(doc, "a", null))
                .extracting(a -> a.getAttribute("href"))
                .containsExactly("/funding/projects/7?tab=reports", "projects/7");
        assertThat(all(doc, "a", null)).extracting(Element::getTextContent).containsExactly("project", "relative");
        assertThat(new FunnelChart("Steps", List.of(new Step("x", 1, "javascript:alert(1)")), Locale.UK, "None").svg())
                .doesNotContain("javascript")
                .doesNotContain("<a ");
    }

    @Test
    void shortensLongLabelsAndKeepsTheirFullTextForHover() {
        String label = "Капитальный ремонт защитной дамбы на реке Варзоб в Душанбе";
        Document doc = parse(BarChart.of("Проекты", List.of(new Bar(label, 3, "3")), "Нет данных")
                .svg());
        Element text = first(doc, "text", "label");
        Element title = (Element) text.getElementsByTagNameNS("*", "title").item(0);
        assertThat(title.getTextContent()).isEqualTo(label);
        String shown = text.getTextContent().substring(label.length());
        assertThat(shown).endsWith("\u2026").hasSizeLessThan(label.length());
        assertThat(label).startsWith(shown.substring(0, shown.length() - 1));
    }

    @Test
    void printsEachFunnelCountOnCentredBarsNarrowingWithTheCount() {
        Document doc = parse(new FunnelChart(
                        "Applications",
                        List.of(
                                new Step("Submitted", 1200, null),
                                new Step("Screened", 300, "/funding/applications?stage=screened"),
                                new Step("Approved", 45, null)),
                        Locale.UK,
                        "None")
                .svg());
        assertThat(all(doc, "text", "count"))
                .extracting(Element::getTextContent)
                .containsExactly("1,200", "300", "45");
        List<Element> steps = all(doc, "rect", "step");
        double widest = number(steps.get(0), "width");
        assertThat(steps).extracting(s -> number(s, "width") / widest).containsExactly(1.0, 0.25, 0.0375);
        assertThat(steps)
                .extracting(s -> number(s, "x") + number(s, "width") / 2)
                .containsOnly(number(steps.get(0), "x") + widest / 2);
    }

    @Test
    void breaksTheLineWhereAPeriodHasNoValue() {
        List<Point> points = List.of(
                new Point("Jan", 1.0),
                new Point("Feb", 2.0),
                new Point("Mar", null),
                new Point("Apr", 4.0),
                new Point("May", 5.0),
                new Point("Jun", null),
                new Point("Jul", 7.0));
        Document doc = parse(LineChart.of("Reach", points, Locale.UK, "None").svg());
        List<Element> markers = all(doc, "circle", "point");
        assertThat(markers).hasSize(5);
        double step = number(markers.get(1), "cx") - number(markers.get(0), "cx");
        List<Element> lines = all(doc, "polyline", "series");
        assertThat(lines).hasSize(2);
        for (Element line : lines) {
            double[] xs = Arrays.stream(line.getAttribute("points").split(" "))
                    .mapToDouble(p -> Double.parseDouble(p.split(",")[0]))
                    .toArray();
            assertThat(xs).hasSize(2);
            assertThat(xs[1] - xs[0]).as("a segment spans one period only").isCloseTo(step, within(0.02));
        }
    }

    @Test
    void drawsAVisibleMarkerForASinglePoint() {
        Document doc = parse(LineChart.of("Reach", List.of(new Point("Jan 2025", 42.0)), Locale.UK, "None")
                .svg());
        assertThat(all(doc, "polyline", "series")).isEmpty();
        Element marker = first(doc, "circle", "point");
        assertThat(number(marker, "r")).isGreaterThanOrEqualTo(3);
        assertThat(number(marker, "cy")).isBetween(16.0, 16.0 + 244);
    }

    @Test
    void labelsTheYAxisWithRoundTicksCoveringTheDataAndTheTarget() {
        Document doc =
                parse(LineChart.of("Reach", List.of(new Point("Jan", 3.0), new Point("Feb", 97.0)), Locale.UK, "None")
                        .svg());
        assertThat(all(doc, "text", "tick"))
                .extracting(Element::getTextContent)
                .containsExactly("0", "20", "40", "60", "80", "100");
        Document withTarget =
                parse(LineChart.of("Share", List.of(new Point("Jan", 0.13), new Point("Feb", 0.5)), Locale.UK, "None")
                        .withTarget(0.87, "Target 2026")
                        .svg());
        assertThat(all(withTarget, "text", "tick"))
                .extracting(Element::getTextContent)
                .containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
        assertThat(first(withTarget, "text", "target-label").getTextContent()).isEqualTo("Target 2026");
        Element top = all(withTarget, "line", "grid").get(5);
        Element bottom = all(withTarget, "line", "grid").get(0);
        double expected = number(bottom, "y1") + 0.87 * (number(top, "y1") - number(bottom, "y1"));
        assertThat(number(first(withTarget, "line", "target"), "y1")).isCloseTo(expected, within(0.02));
    }

    @Test
    void choosesOneTwoOrFiveTimesAPowerOfTenForEveryRange() {
        double[][] ranges = {{0, 1}, {0, 7}, {0, 97}, {0, 1234}, {-35, 210}, {0, 0.013}, {12, 12}, {0, 0}, {0, 999_999}
        };
        for (double[] range : ranges) {
            NiceScale scale = NiceScale.covering(range[0], range[1], 6);
            List<Double> ticks = scale.ticks();
            assertThat(ticks.size()).isBetween(2, 6);
            assertThat(ticks.get(0)).isLessThanOrEqualTo(range[0]);
            assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(range[1]);
            double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step())));
            assertThat(mantissa).isCloseTo(Math.round(mantissa), within(1e-9)).isIn(1.0, 2.0, 5.0);
            ticks.forEach(t -> assertThat(new BigDecimal(String.valueOf(t))
                            .remainder(BigDecimal.valueOf(scale.step()))
                            .signum())
                    .as("%s is a multiple of %s", t, scale.step())
                    .isZero());
        }
    }

    @Test
    void thinsTheMonthLabelsWhenThereAreMany() {
        List<Point> months = IntStream.range(0, 36)
                .mapToObj(i -> new Point("M" + i, (double) i))
                .toList();
        Document doc = parse(LineChart.of("Reach", months, Locale.UK, "None").svg());
        List<Element> labels = all(doc, "text", "x-label");
        assertThat(labels).hasSizeBetween(6, 9);
        assertThat(labels.get(0).getTextContent()).isEqualTo("M0");
        assertThat(all(doc, "circle", "point")).hasSize(36);
    }

    @Test
    void drawsTheCallersMessageWhenThereIsNothingToShow() {
        List<String> charts = List.of(
                BarChart.of("Indicators", List.of(), "Nothing reported yet").svg(),
                new FunnelChart("Applications", List.of(), Locale.UK, "Nothing reported yet").svg(),
                LineChart.of("Reach", List.of(new Point("Jan", null)), Locale.UK, "Nothing reported yet")
                        .svg(),
                LineChart.of("Reach", List.of(), Locale.UK, "Nothing reported yet")
                        .svg(),
                new ComparisonBar(
                                "Budget",
                                figure("Budget", "0"),
                                figure("Committed", "0"),
                                figure("Disbursed", "0"),
                                "EUR",
                                Locale.UK,
                                "Nothing reported yet")
                        .svg());
        for (String svg : charts) {
            Document doc = parse(svg);
            assertThat(first(doc, "text", "empty").getTextContent()).isEqualTo("Nothing reported yet");
            assertThat(doc.getElementsByTagNameNS("*", "rect").getLength()).isZero();
            assertThat(doc.getElementsByTagNameNS("*", "circle").getLength()).isZero();
        }
    }

    @Test
    void comparesDisbursedAndCommittedWithTheBudget() {
        Document doc = parse(new ComparisonBar(
                        "Flood wall",
                        figure("Budget", "1200000"),
                        figure("Committed", "900000"),
                        figure("Disbursed", "300000"),
                        "EUR",
                        Locale.UK,
                        "None")
                .svg());
        double budget = number(first(doc, "rect", "budget"), "width");
        assertThat(number(first(doc, "rect", "committed"), "width") / budget).isCloseTo(0.75, within(0.001));
        assertThat(number(first(doc, "rect", "disbursed"), "width") / budget).isCloseTo(0.25, within(0.001));
        assertThat(all(doc, "text", "figure-label"))
                .extracting(Element::getTextContent)
                .containsExactly("Budget", "Committed", "Disbursed");
        assertThat(all(doc, "text", "figure-amount"))
                .extracting(Element::getTextContent)
                .containsExactly("1,200,000 EUR", "900,000 EUR (75%)", "300,000 EUR (25%)");
    }

    @Test
    void runsPastTheBudgetMarkerWhenOverspent() {
        Document doc = parse(new ComparisonBar(
                        "Flood wall",
                        figure("Budget", "100"),
                        figure("Committed", "150"),
                        figure("Disbursed", "120"),
                        "EUR",
                        Locale.UK,
                        "None")
                .svg());
        Element committed = first(doc, "rect", "committed");
        double end = number(first(doc, "line", "budget-end"), "x1");
        assertThat(number(committed, "x") + number(committed, "width")).isGreaterThan(end);
        assertThat(end - number(committed, "x")).isCloseTo(number(committed, "width") * 100 / 150, within(0.02));
    }

    @Test
    void givesAScalableLabelledImageInsideAChartDiv() {
        BarChart chart = BarChart.of("Indicators", List.of(new Bar("Sirens", 1, "1")), "None");
        Div div = chart.component("indicator-bars");
        assertThat(div.getId()).contains("indicator-bars");
        assertThat(div.getClassNames()).contains("chart");
        assertThat(div.getElement().getProperty("innerHTML")).isEqualTo(chart.svg());
        Element svg = parse(chart.svg()).getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        // Named by its title and its figures: the text drawn inside an image is not read out.
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Indicators: Sirens: 1");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
        assertThat(((Element) svg.getFirstChild()).getTagName()).isEqualTo("title");
        assertThat(svg.getFirstChild().getTextContent()).isEqualTo("Indicators");
    }

    @Test
    void aChartWhoseLabelsAreLinksIsANamedGroupAndEveryChartNamesItsFigures() {
        Element linked = parse(new FunnelChart(
                                "Stages",
                                List.of(
                                        new Step("Know Better", 3, "/jurisdictions"),
                                        new Step("Plan Better", 1200, null)),
                                Locale.UK,
                                "None")
                        .svg())
                .getDocumentElement();
        assertThat(linked.getAttribute("role")).isEqualTo("group");
        assertThat(linked.getAttribute("aria-label")).isEqualTo("Stages: Know Better: 3; Plan Better: 1,200");
        Element plain = parse(
                        new FunnelChart("Stages", List.of(new Step("Know Better", 3, null)), Locale.UK, "None").svg())
                .getDocumentElement();
        assertThat(plain.getAttribute("role")).isEqualTo("img");
        Element spend = parse(new ComparisonBar(
                                "Spending",
                                figure("Budget", "1000"),
                                figure("Committed", "500"),
                                figure("Disbursed", "250"),
                                "EUR",
                                Locale.UK,
                                "None")
                        .svg())
                .getDocumentElement();
        assertThat(spend.getAttribute("aria-label"))
                .isEqualTo("Spending: Budget: 1,000 EUR; Committed: 500 EUR (50%); Disbursed: 250 EUR (25%)");
    }

    private static Figure figure(String label, String amount) {
        return new Figure(label, new BigDecimal(amount));
    }

    /** Fails unless the chart is well-formed XML. */
    private static Document parse(String svg) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + svg, e);
        }
    }

    private static List<Element> all(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass == null || element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element first(Document doc, String tag, String cssClass) {
        List<Element> found = all(doc, tag, cssClass);
        assertThat(found).as("<%s class=%s>", tag, cssClass).isNotEmpty();
        return found.get(0);
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
