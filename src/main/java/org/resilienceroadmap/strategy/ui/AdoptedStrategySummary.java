package org.resilienceroadmap.strategy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyAdoptions;
import org.resilienceroadmap.strategy.StrategyDetail;
import org.resilienceroadmap.strategy.StrategyObjective;
import org.resilienceroadmap.strategy.StrategyService;

/** A jurisdiction's adopted strategy at a glance: title and period, the adoption record with its document, the objectives. */
class AdoptedStrategySummary extends VerticalLayout {

    AdoptedStrategySummary(StrategyService strategies, StrategyAdoptions adoptions, Long jurisdictionId) {
        setPadding(false);
        setId("adopted-strategy");
        add(new H3(getTranslation("strategy.gate.heading")));
        var adopted = strategies.adoptedIn(jurisdictionId);
        if (adopted.isEmpty()) {
            add(new Paragraph(getTranslation("strategy.gate.none")));
            return;
        }
        StrategyDetail detail = adopted.get();
        Strategy s = detail.strategy();
        Anchor title = new Anchor("strategies/" + s.getId(), s.getTitle());
        title.setId("adopted-strategy-title");
        Span facts = new Span(getTranslation(
                "strategy.gate.facts",
                Days.format(getLocale(), s.getPeriodStart()),
                Days.format(getLocale(), s.getPeriodEnd()),
                s.getVersionCount()));
        facts.addClassName("task-meta");
        add(title, facts);
        detail.adoption().ifPresent(a -> add(new AdoptionRecordView(a)));
        add(new H4(getTranslation("strategy.objectives")));
        var hazardNames = ObjectiveLine.hazardNames(this, strategies.choices(s.getId()));
        if (s.getObjectives().isEmpty()) {
            add(new Span(getTranslation("strategy.gate.noObjectives")));
        }
        s.getObjectives().stream().map(StrategyObjective::toDraft).forEach(o -> add(new ObjectiveLine(o, hazardNames)));
    }
}
