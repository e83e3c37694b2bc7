package org.resilienceroadmap.roadmap.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.roadmap.EntryDecision;
import org.resilienceroadmap.roadmap.EntryDetail;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.SignedInName;

/** An entry at stage B or C: the stage asked for, its evidence, and where the coordinator's validation stands. */
class EntrySummary extends VerticalLayout {

    EntrySummary(EntryDetail entry, SignedInName names) {
        setPadding(false);
        setSpacing(false);
        setId("roadmap-entry");
        add(new H3(getTranslation("entry.title")));
        add(new Paragraph(getTranslation(
                "entry.requested",
                Days.format(getLocale(), entry.joinedOn()),
                getTranslation("stage." + entry.requestedStage().name()))));
        if (entry.document() == null) {
            add(new Paragraph(getTranslation("entry.documentNone")));
        } else {
            Anchor document = new Anchor(
                    "api/v1/jurisdictions/" + entry.jurisdictionId() + "/entry/document",
                    getTranslation("entry.document") + ": " + entry.document().name());
            document.getElement().setAttribute("download", true);
            document.setId("entry-document");
            add(document);
            if (entry.attachedBy() != null) {
                Paragraph by = new Paragraph(getTranslation(
                        "entry.attachedBy",
                        names.of(entry.attachedBy()),
                        Days.format(
                                getLocale(),
                                entry.attachedAt().atOffset(Days.ZONE).toLocalDate())));
                by.addClassName("task-meta");
                add(by);
            }
        }
        if (entry.strategyAdoptedOn() != null) {
            add(new Paragraph(getTranslation(
                    "entry.adoption", Days.format(getLocale(), entry.strategyAdoptedOn()), entry.adoptingBody())));
        }
        Paragraph state = new Paragraph(state(entry, names));
        state.setId("entry-state");
        add(state);
        if (entry.decisionComment() != null && !entry.decisionComment().isBlank()) {
            add(new Paragraph("“" + entry.decisionComment() + "”"));
        }
    }

    private String state(EntryDetail entry, SignedInName names) {
        if (entry.decision() == null) {
            return getTranslation(entry.evidenceComplete() ? "entry.awaitingValidation" : "entry.awaitingEvidence");
        }
        String day =
                Days.format(getLocale(), entry.decidedAt().atOffset(Days.ZONE).toLocalDate());
        return entry.decision() == EntryDecision.ACCEPTED
                ? getTranslation("entry.accepted", names.of(entry.decidedBy()), day)
                : getTranslation(
                        "entry.sentBack",
                        names.of(entry.decidedBy()),
                        day,
                        getTranslation("stage." + entry.decidedStage().name()));
    }
}
