package org.resilienceroadmap.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.shared.i18n.Percent;
import org.resilienceroadmap.shared.ui.PhoneCards;

/** The scores per Essential and overall as a table: score of what is answered, maximum, percent, unanswered. */
class ScoreTable extends Grid<EssentialScore> {

    ScoreTable(List<EssentialScore> scores) {
        setId("score-table");
        addColumn(this::name).setHeader(getTranslation("assessment.essential")).setFlexGrow(3);
        addColumn(s -> s.sum() + " / " + s.answeredMaximum()).setHeader(getTranslation("assessment.score"));
        addColumn(EssentialScore::maximum).setHeader(getTranslation("assessment.maximum"));
        addColumn(s -> Percent.format(getLocale(), s.percent())).setHeader("%");
        addColumn(s -> s.missing() + " / " + s.questions()).setHeader(getTranslation("assessment.unansweredColumn"));
        // Names wrap rather than end in "…"; on a phone each Essential is a card with its figures under its name.
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        PhoneCards.add(
                this,
                getTranslation("assessment.essential"),
                s -> PhoneCards.card(
                        new Span(name(s)),
                        PhoneCards.fact(getTranslation("assessment.score"), s.sum() + " / " + s.answeredMaximum()),
                        PhoneCards.fact(getTranslation("assessment.maximum"), String.valueOf(s.maximum())),
                        PhoneCards.fact("%", Percent.format(getLocale(), s.percent())),
                        PhoneCards.fact(
                                getTranslation("assessment.unansweredColumn"), s.missing() + " / " + s.questions())));
        setItems(scores);
        setAllRowsVisible(true);
    }

    private String name(EssentialScore s) {
        return s.essential() == 0
                ? getTranslation("assessment.overall")
                : s.essential() + ". " + getTranslation("essential." + s.essential());
    }

    /** The overall result both ways, each named: the raw points and the mean of the Essentials' percentages. */
    static com.vaadin.flow.component.html.Paragraph overall(
            com.vaadin.flow.component.Component reader, List<EssentialScore> scores) {
        org.resilienceroadmap.assessment.OverallResult result =
                org.resilienceroadmap.assessment.OverallResult.of(scores);
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        com.vaadin.flow.component.html.Paragraph overall =
                new com.vaadin.flow.component.html.Paragraph(reader.getTranslation(
                                "assessment.overallPoints",
                                result.points(),
                                result.ofPoints(),
                                Percent.format(locale, result.pointsPercent()))
                        + " · "
                        + reader.getTranslation(
                                "assessment.overallMean",
                                Percent.format(locale, result.essentialMean()),
                                result.essentialsCounted()));
        overall.setId("overall-result");
        return overall;
    }

    /** "9 of 47 questions unanswered", from the overall row. */
    static String completeness(com.vaadin.flow.component.Component reader, List<EssentialScore> scores) {
        EssentialScore all =
                scores.stream().filter(s -> s.essential() == 0).findFirst().orElseThrow();
        return reader.getTranslation("assessment.completeness", all.missing(), all.questions());
    }
}
