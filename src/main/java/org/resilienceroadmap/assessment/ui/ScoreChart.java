package org.resilienceroadmap.assessment.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.shared.i18n.Percent;

/**
 * Horizontal bars of the ten Essentials' percentages, drawn as SVG on the server (no charting
 * component needed); an Essential with nothing answered shows no bar and says so. A previous
 * validated assessment, where given, shows as a thin marker on each bar for comparison.
 */
class ScoreChart extends Div {

    private static final int ROW = 28;
    private static final int LABEL = 330;
    private static final int BAR = 420;

    ScoreChart(List<EssentialScore> scores, List<EssentialScore> previous, Locale locale) {
        addClassName("score-chart");
        setId("score-chart");
        List<EssentialScore> essentials = scores.stream().filter(s -> s.essential() > 0).toList();
        StringBuilder svg = new StringBuilder();
        int height = essentials.size() * ROW + 10;
        // The image's text alternative is every figure it draws, Essential by Essential.
        String figures = String.join("; ", essentials.stream().map(s -> s.essential() + ". "
                + getTranslation("essential." + s.essential()) + ": " + (s.percent() == null
                        ? getTranslation("assessment.notScored") : Percent.format(locale, s.percent()))).toList());
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='")
                .append(escape(getTranslation("assessment.chart.label", figures)))
                .append("' width='100%' viewBox='0 0 ")
                .append(LABEL + BAR + 70).append(' ').append(height).append("'>");
        int y = 5;
        for (EssentialScore s : essentials) {
            String name = escape(getTranslation("essential." + s.essential()));
            svg.append("<text x='0' y='").append(y + 17).append("' font-size='13'>").append(s.essential())
                    .append(". ").append(name).append("</text>");
            svg.append("<rect x='").append(LABEL).append("' y='").append(y + 4).append("' width='").append(BAR)
                    .append("' height='16' rx='3' fill='#e6e9ee'/>");
            if (s.percent() != null) {
                int w = (int) Math.round(BAR * s.percent() / 100.0);
                svg.append("<rect class='bar' x='").append(LABEL).append("' y='").append(y + 4).append("' width='")
                        .append(w).append("' height='16' rx='3' fill='").append(colour(s.percent())).append("'/>");
            }
            var before = previous.stream().filter(p -> p.essential() == s.essential() && p.percent() != null)
                    .findFirst();
            if (before.isPresent()) {
                svg.append("<rect class='previous' x='")
                        .append(LABEL + (int) Math.round(BAR * before.get().percent() / 100.0) - 1)
                        .append("' y='").append(y + 1).append("' width='3' height='22' fill='#333'/>");
            }
            String value = s.percent() == null ? getTranslation("assessment.notScored")
                    : Percent.format(locale, s.percent());
            svg.append("<text x='").append(LABEL + BAR + 8).append("' y='").append(y + 17)
                    .append("' font-size='13'>").append(escape(value)).append("</text>");
            y += ROW;
        }
        svg.append("</svg>");
        getElement().setProperty("innerHTML", svg.toString());
    }

    private static String colour(double percent) {
        return percent < 34 ? "#d9534f" : percent < 67 ? "#f0ad4e" : "#3c9a5f";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
