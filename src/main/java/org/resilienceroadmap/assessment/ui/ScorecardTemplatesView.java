package org.resilienceroadmap.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.assessment.ScorecardTemplate;
import org.resilienceroadmap.assessment.ScorecardTemplates;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/** The scorecard templates in use, and loading a further one (e.g. a national variant) from a file. */
@Route("admin/scorecards")
@Menu(order = 10, title = "nav.scorecards", icon = "vaadin:clipboard-check")
@RolesAllowed("ADMIN")
class ScorecardTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ScorecardTemplates templates;
    private final Grid<ScorecardTemplate> grid = new Grid<>();

    ScorecardTemplatesView(ScorecardTemplates templates) {
        this.templates = templates;
        grid.setId("scorecard-templates");
        grid.addColumn(ScorecardTemplate::id).setHeader(getTranslation("scorecards.id"));
        grid.addColumn(ScorecardTemplate::version).setHeader(getTranslation("scorecards.version"));
        grid.addColumn(t -> t.title(getLocale().getLanguage()))
                .setHeader(getTranslation("scorecards.title"))
                .setFlexGrow(3);
        grid.addColumn(t -> t.scale().min() + "–" + t.scale().max()).setHeader(getTranslation("scorecards.scale"));
        grid.addColumn(t -> t.questions().size()).setHeader(getTranslation("scorecards.questions"));
        grid.addColumn(t -> t.complete() ? "" : getTranslation("scorecards.partial"))
                .setHeader(getTranslation("scorecards.completeness"));
        grid.setAllRowsVisible(true);
        var upload = new CappedUpload(
                        MAX_BYTES,
                        file -> new FormErrors().attempt(() -> {
                            ScorecardTemplate t = templates.load(file.fileName(), file.content());
                            Notifications.success(getTranslation(
                                    "scorecards.loaded", t.id(), t.questions().size()));
                            refresh();
                        }))
                .clearingEachFile();
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setDropLabel(new Span(getTranslation("scorecards.drop")));
        upload.setId("scorecard-upload");
        add(new H1(getTranslation("nav.scorecards")), new Paragraph(getTranslation("scorecards.intro")), grid, upload);
        refresh();
    }

    private void refresh() {
        grid.setItems(templates.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scorecards");
    }
}
