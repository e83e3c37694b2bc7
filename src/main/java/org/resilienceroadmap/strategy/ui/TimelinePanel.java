package org.resilienceroadmap.strategy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.strategy.StrategyService;

/** Every submission, review, decision and the adoption, oldest first: who, when, which version, outcome, comment. */
class TimelinePanel extends VerticalLayout {

    TimelinePanel(StrategyService strategies, Long strategyId) {
        setPadding(false);
        setId("strategy-timeline");
        for (AuditRecord r : strategies.timeline(strategyId)) {
            String action = getTranslation("strategy.timeline." + r.getAction().substring("strategy:".length()));
            String line = StrategyView.time(getLocale(), r.getAt()) + " · " + r.getActor() + " · " + action
                    + (r.getReference() == null ? "" : " · " + r.getReference())
                    + (r.getToState() == null || r.getAction().equals("strategy:review") ? ""
                            : " → " + getTranslation("strategy.state." + r.getToState()));
            Div entry = new Div(new Span(line));
            if (r.getAction().equals("strategy:review") && r.getToState() != null) {
                entry.add(new Span(" · " + getTranslation("outcome." + r.getToState())));
            }
            if (r.getComment() != null && !r.getComment().isBlank()) {
                entry.add(new Paragraph(r.getComment()));
            }
            entry.addClassName("timeline-entry");
            add(entry);
        }
    }
}
