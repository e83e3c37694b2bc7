package org.resilienceroadmap.action.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ProgressReport;

/** The progress reports, oldest first, each with its evidence files to download (the API serves them to the session). */
class ProgressHistory extends VerticalLayout {

    ProgressHistory(ActionDetail detail) {
        setPadding(false);
        setId("progress-history");
        if (detail.reports().isEmpty()) {
            add(new Span(getTranslation("action.progress.none")));
        }
        Long actionId = detail.action().getId();
        for (ProgressReport r : detail.reports()) {
            Div entry = new Div(new Span(getTranslation(
                    "action.progress.entry",
                    ActionText.date(
                            getLocale(),
                            r.getReportedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                    r.getPercent(),
                    r.getReportedBy())));
            entry.setId("report-" + r.getId());
            entry.addClassName("progress-entry");
            if (r.isCompletionClaim()) {
                Span claim = new Span(getTranslation("action.progress.claim"));
                claim.getElement().getThemeList().add("badge success");
                entry.add(new Span(" "), claim);
            }
            entry.add(new Paragraph(r.getNarrative()));
            for (Long fileId : r.getEvidenceIds()) {
                Anchor file = new Anchor(
                        "api/v1/actions/" + actionId + "/evidence/" + fileId,
                        detail.evidenceNames().getOrDefault(fileId, String.valueOf(fileId)));
                file.getElement().setAttribute("download", true);
                file.setId("evidence-" + fileId);
                entry.add(new Div(file));
            }
            add(entry);
        }
    }
}
