package org.resilienceroadmap.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.resilienceroadmap.assessment.EssentialScore;
import org.resilienceroadmap.shared.i18n.Percent;

/** The scores per Essential and overall as a table: score of what is answered, maximum, percent, unanswered. */
class ScoreTable extends Grid<EssentialScore> {

    ScoreTable(List<EssentialScore> scores) {
        setId("score-table");
        addColumn(s -> s.essential() == 0 ? getTranslation("assessment.overall")
                : s.essential() + ". " + getTranslation("essential." + s.essential()))
                .setHeader(getTranslation("assessment.essential")).setFlexGrow(3);
        addColumn(s -> s.sum() + " / " + s.answeredMaximum()).setHeader(getTranslation("assessment.score"));
        addColumn(EssentialScore::maximum).setHeader(getTranslation("assessment.maximum"));
        addColumn(s -> Percent.format(getLocale(), s.percent())).setHeader("%");
        addColumn(s -> s.missing() + " / " + s.questions()).setHeader(getTranslation("assessment.unansweredColumn"));
        setItems(scores);
        setAllRowsVisible(true);
    }

    /** "9 of 47 questions unanswered", from the overall row. */
    static String completeness(com.vaadin.flow.component.Component reader, List<EssentialScore> scores) {
        EssentialScore all = scores.stream().filter(s -> s.essential() == 0).findFirst().orElseThrow();
        return reader.getTranslation("assessment.completeness", all.missing(), all.questions());
    }
}
