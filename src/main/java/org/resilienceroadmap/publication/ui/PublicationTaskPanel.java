package org.resilienceroadmap.publication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.publication.PublicCity;
import org.resilienceroadmap.publication.PublicationService;
import org.resilienceroadmap.publication.process.CityPublicationProcess;
import org.resilienceroadmap.shared.i18n.Percent;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/**
 * The coordinator's approval task shows what the public page would show — stage, scorecard, strategy,
 * action figures — before anyone outside reads it, and links to the city's page.
 */
@org.springframework.stereotype.Component
class PublicationTaskPanel implements TaskPanel {

    private final PublicationService cities;

    PublicationTaskPanel(PublicationService cities) {
        this.cities = cities;
    }

    @Override
    public boolean supports(TaskItem task) {
        return CityPublicationProcess.KEY.equals(task.processKey()) && task.jurisdictionId() != null;
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task) {
        PublicCity city = cities.preview(task.jurisdictionId());
        Div box = new Div();
        box.setId("publication-task-panel");
        box.add(new Paragraph(box.getTranslation("publication.preview")));
        box.add(new Paragraph(box.getTranslation("public.stage.heading") + ": "
                + (city.stage() == null
                        ? box.getTranslation("stage.none")
                        : box.getTranslation("stage." + city.stage().name()))));
        box.add(new Paragraph(
                city.scorecard() == null || city.scorecard().overallPercent() == null
                        ? box.getTranslation("public.scorecard.none")
                        : box.getTranslation(
                                "public.scorecard.overall",
                                Percent.format(
                                        PublicationText.locale(),
                                        city.scorecard().overallPercent()))));
        box.add(new Paragraph(
                city.strategy() == null
                        ? box.getTranslation("public.strategy.none")
                        : box.getTranslation("public.strategy.heading") + ": "
                                + city.strategy().title()));
        box.add(new Paragraph(box.getTranslation(
                "publication.actionsLine",
                city.actions().total(),
                city.actions().completed(),
                city.actions().overdue())));
        box.add(new Anchor(
                "jurisdictions/" + task.jurisdictionId(), city.names().in(PublicationText.locale())));
        return box;
    }
}
