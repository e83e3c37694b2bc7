package org.resilienceroadmap.portfolio.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.portfolio.comparison.Change;
import org.resilienceroadmap.portfolio.comparison.CityScores;
import org.resilienceroadmap.portfolio.comparison.EssentialCell;
import org.resilienceroadmap.shared.i18n.Percent;

/**
 * One cell of the heat map: the score as a number, its band as a colour and the move since the
 * previous validated assessment as ▲, ▼ or =, all three said in words to a screen reader; the cell
 * opens the assessment it comes from.
 */
final class ScoreCell {

    private ScoreCell() {}

    static Component of(Component reader, java.util.Locale locale, CityScores city, EssentialCell cell) {
        if (!city.assessed() || cell == null) {
            Span none = new Span("—");
            none.addClassName("heat-cell");
            none.addClassName("heat-none");
            none.getElement().setAttribute("aria-label", reader.getTranslation("comparison.cell.notAssessed"));
            return none;
        }
        String score = Percent.format(locale, cell.percent());
        Anchor link = new Anchor("assessments/" + city.assessmentId(), score);
        link.addClassName("heat-cell");
        link.addClassName(band(cell.percent()));
        link.setId("heat-" + city.cityId() + "-" + cell.essential());
        Span mark = new Span(mark(cell.change()));
        mark.addClassName("heat-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        link.add(mark);
        String essential = cell.essential() == 0
                ? reader.getTranslation("comparison.overall")
                : reader.getTranslation(
                        "comparison.essentialNamed",
                        cell.essential(),
                        reader.getTranslation("essential." + cell.essential()));
        String words = reader.getTranslation(
                "comparison.cell.label",
                city.name(locale),
                essential,
                cell.percent() == null ? reader.getTranslation("comparison.cell.unanswered") : score,
                change(reader, locale, cell));
        link.getElement().setAttribute("aria-label", words);
        link.getElement().setAttribute("title", words);
        return link;
    }

    static String band(Double percent) {
        if (percent == null) {
            return "heat-none";
        }
        return percent < 100.0 / 3 ? "heat-low" : percent < 200.0 / 3 ? "heat-mid" : "heat-high";
    }

    static String mark(Change change) {
        return switch (change) {
            case UP -> " ▲";
            case DOWN -> " ▼";
            case SAME -> " =";
            case NONE -> "";
        };
    }

    private static String change(Component reader, java.util.Locale locale, EssentialCell cell) {
        String before = Percent.format(locale, cell.previousPercent());
        return switch (cell.change()) {
            case UP -> reader.getTranslation("comparison.change.up", before);
            case DOWN -> reader.getTranslation("comparison.change.down", before);
            case SAME -> reader.getTranslation("comparison.change.same");
            case NONE -> reader.getTranslation("comparison.change.none");
        };
    }
}
