package org.resilienceroadmap.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.shared.i18n.Percent;

/**
 * Horizontal bars of the ten Essentials' percentages, drawn as SVG on the server (no charting
 * component needed); an Essential with nothing answered shows no bar and says so. A previous
 * validated assessment, where given, shows as a thin marker on each bar for comparison.
 *
 * <p>Drawn twice, and the stylesheet shows one: wide, each name beside its bar; on a phone, each
 * name above its bar, so the bar keeps its length and the name its size. Names wrap onto more
 * lines rather than run into the bars, as the Russian ones are twice as long as the English.
 */
class ScoreChart extends Div {

    private static final int LINE = 16;
    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 12;
    /** A generous width of a letter at 13 px (Cyrillic ones measure 6.9 on average), so a wrapped line fits its area. */
    private static final double LETTER = 7.4;

    /** Where things go: the label area's width, where the bar starts and how long it is, the drawing's width. */
    private record Layout(String cssClass, int labelWidth, int barX, int barWidth, int width, boolean above) {
        int labelChars() {
            return (int) (labelWidth / LETTER);
        }
    }

    private static final Layout WIDE = new Layout("score-chart-wide", 320, 330, 400, 840, false);
    private static final Layout NARROW = new Layout("score-chart-narrow", 300, 0, 210, 300, true);

    ScoreChart(List<EssentialScore> scores, List<EssentialScore> previous, Locale locale) {
        addClassName("score-chart");
        setId("score-chart");
        List<EssentialScore> essentials =
                scores.stream().filter(s -> s.essential() > 0).toList();
        getElement()
                .setProperty(
                        "innerHTML",
                        svg(WIDE, essentials, previous, locale) + svg(NARROW, essentials, previous, locale));
    }

    private String svg(Layout l, List<EssentialScore> essentials, List<EssentialScore> previous, Locale locale) {
        StringBuilder body = new StringBuilder();
        int y = 5;
        for (EssentialScore s : essentials) {
            List<String> lines =
                    wrap(s.essential() + ". " + getTranslation("essential." + s.essential()), l.labelChars());
            int text = lines.size() * LINE;
            int barY = l.above() ? y + text + 4 : y + Math.max(0, (text - BAR_HEIGHT) / 2) + 2;
            body.append("<text class='label' font-size='13'>");
            for (int i = 0; i < lines.size(); i++) {
                body.append("<tspan x='0' y='")
                        .append(y + 13 + i * LINE)
                        .append("'>")
                        .append(escape(lines.get(i)))
                        .append("</tspan>");
            }
            body.append("</text>");
            body.append("<rect class='track' x='")
                    .append(l.barX())
                    .append("' y='")
                    .append(barY)
                    .append("' width='")
                    .append(l.barWidth())
                    .append("' height='")
                    .append(BAR_HEIGHT)
                    .append("' rx='3' fill='#e6e9ee'/>");
            if (s.percent() != null) {
                int w = (int) Math.round(l.barWidth() * s.percent() / 100.0);
                body.append("<rect class='bar' x='")
                        .append(l.barX())
                        .append("' y='")
                        .append(barY)
                        .append("' width='")
                        .append(w)
                        .append("' height='")
                        .append(BAR_HEIGHT)
                        .append("' rx='3' fill='")
                        .append(colour(s.percent()))
                        .append("'/>");
            }
            var before = previous.stream()
                    .filter(p -> p.essential() == s.essential() && p.percent() != null)
                    .findFirst();
            if (before.isPresent()) {
                body.append("<rect class='previous' x='")
                        .append(l.barX()
                                + (int) Math.round(l.barWidth() * before.get().percent() / 100.0)
                                - 1)
                        .append("' y='")
                        .append(barY - 3)
                        .append("' width='3' height='22' fill='#333'/>");
            }
            String value =
                    s.percent() == null ? getTranslation("assessment.notScored") : Percent.format(locale, s.percent());
            body.append("<text class='value' x='")
                    .append(l.barX() + l.barWidth() + 8)
                    .append("' y='")
                    .append(barY + 13)
                    .append("' font-size='13'>")
                    .append(escape(value))
                    .append("</text>");
            y = l.above() ? barY + BAR_HEIGHT + GAP : y + Math.max(text, BAR_HEIGHT + 4) + GAP - 4;
        }
        return "<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='" + escape(label(essentials, locale))
                + "' class='" + l.cssClass() + "' width='100%' viewBox='0 0 "
                + l.width() + ' ' + (y + 5) + "' data-label-width='" + l.labelWidth() + "'>" + body + "</svg>";
    }

    /** The image's text alternative: every figure it draws, Essential by Essential. */
    private String label(List<EssentialScore> essentials, Locale locale) {
        String figures = String.join(
                "; ",
                essentials.stream()
                        .map(s -> s.essential() + ". "
                                + getTranslation("essential." + s.essential()) + ": "
                                + (s.percent() == null
                                        ? getTranslation("assessment.notScored")
                                        : Percent.format(locale, s.percent())))
                        .toList());
        return getTranslation("assessment.chart.label", figures);
    }

    /** The words in lines of at most {@code max} characters; a longer word has a line of its own. */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String colour(double percent) {
        return percent < 34 ? "#d9534f" : percent < 67 ? "#f0ad4e" : "#3c9a5f";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;");
    }
}
