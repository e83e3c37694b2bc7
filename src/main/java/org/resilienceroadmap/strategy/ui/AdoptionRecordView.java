package org.resilienceroadmap.strategy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.StrategyAdoption;

/** A recorded adoption: who adopted the strategy, when, by which decision, and the signed document to download. */
class AdoptionRecordView extends Div {

    AdoptionRecordView(StrategyAdoption a) {
        Paragraph record = new Paragraph(getTranslation(
                "strategy.adoption.recorded",
                a.getDecisionReference(),
                Days.format(getLocale(), a.getAdoptedOn()),
                a.getAdoptingBody()));
        record.setId("adoption-record");
        Anchor document = new Anchor(
                "api/v1/strategies/" + a.getStrategyId() + "/adoption/document",
                getTranslation("strategy.adoption.download"));
        document.setId("adoption-document");
        document.getElement().setAttribute("download", true);
        add(record, document);
    }
}
