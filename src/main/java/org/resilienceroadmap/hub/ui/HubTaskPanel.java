package org.resilienceroadmap.hub.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.hub.HubDetail;
import org.resilienceroadmap.hub.HubService;
import org.resilienceroadmap.hub.process.ResilienceHubProcess;
import org.resilienceroadmap.shared.i18n.ListWords;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/** Hub tasks show what the city commits to (cities, support, investment) and link to the hub's full page. */
@org.springframework.stereotype.Component
class HubTaskPanel implements TaskPanel {

    private final HubService hubs;

    HubTaskPanel(HubService hubs) {
        this.hubs = hubs;
    }

    @Override
    public boolean supports(TaskItem task) {
        return ResilienceHubProcess.KEY.equals(task.processKey()) && task.subjectId() != null;
    }

    @Override
    public com.vaadin.flow.component.Component create(TaskItem task) {
        HubDetail detail = hubs.detail(Long.valueOf(task.subjectId()));
        Div box = new Div();
        box.setId("hub-task-panel");
        box.add(new Paragraph(box.getTranslation("hub.supportedCities") + ": "
                + HubText.cities(box, detail.hub().supportedCities())));
        box.add(new Paragraph(box.getTranslation("hub.commitments") + ": "
                + ListWords.join(
                        detail.commitments().topics().stream()
                                .sorted()
                                .map(t -> box.getTranslation("hub.topic." + t.name()))
                                .toList(),
                        box.getTranslation("words.and"))));
        box.add(new Paragraph(box.getTranslation(
                "hub.investmentLine",
                HubText.usd(HubText.locale(), detail.commitments().investmentUsd()))));
        box.add(new Anchor(
                "hubs/" + detail.hub().id(),
                box.getTranslation("hub.title", detail.hub().names().in(HubText.locale()))));
        return box;
    }
}
