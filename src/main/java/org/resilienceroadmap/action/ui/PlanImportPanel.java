package org.resilienceroadmap.action.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionPlanPreview;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.UploadTexts;

/**
 * Importing a whole action plan: the templates, an upload that is checked row by row first (every
 * problem listed with its row and column), then one button that imports all rows or none.
 */
class PlanImportPanel extends VerticalLayout {

    private static final int MAX_FILE = 10 * 1024 * 1024;

    private final ActionPlanImport plans;
    private final Long strategyId;
    private final Runnable imported;
    private final VerticalLayout result = new VerticalLayout();
    private byte[] content;
    private String fileName;

    PlanImportPanel(ActionPlanImport plans, Long strategyId, Runnable imported) {
        this.plans = plans;
        this.strategyId = strategyId;
        this.imported = imported;
        setPadding(false);
        setId("plan-import");
        String base = "api/v1/strategies/" + strategyId + "/actions/template.";
        Anchor xlsx = new Anchor(base + "xlsx", getTranslation("action.import.templateXlsx"));
        xlsx.getElement().setAttribute("download", true);
        Anchor csv = new Anchor(base + "csv", getTranslation("action.import.templateCsv"));
        csv.getElement().setAttribute("download", true);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("plan-upload");
        UploadTexts.apply(upload, this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                fileName = e.getFileName();
                content = in.readAllBytes();
                show(plans.preview(strategyId, fileName, content));
            } catch (IOException | InvalidRequestException | ForbiddenException | ConflictException ex) {
                Notifications.refused(ex);
            }
        });
        result.setPadding(false);
        add(new Paragraph(getTranslation("action.import.help")), new HorizontalLayout(xlsx, csv), upload, result);
    }

    private void show(ActionPlanPreview preview) {
        result.removeAll();
        if (preview.valid()) {
            Button go = new Button(getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("action.import.go", preview.rows(), getLocale()), preview.rows()), e -> importAll());
            go.setId("import-plan");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            result.add(new Paragraph(getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("action.import.valid", preview.rows(), getLocale()), preview.rows())), go);
            return;
        }
        Grid<ActionPlanPreview.RowProblem> problems = new Grid<>();
        problems.setId("plan-problems");
        problems.addColumn(ActionPlanPreview.RowProblem::row).setHeader(getTranslation("action.import.row"))
                .setFlexGrow(0).setWidth("6em");
        problems.addColumn(ActionPlanPreview.RowProblem::field).setHeader(getTranslation("action.import.column"));
        problems.addColumn(ActionPlanPreview.RowProblem::message).setHeader(getTranslation("action.import.problem"))
                .setFlexGrow(3);
        problems.setItems(preview.problems());
        problems.setAllRowsVisible(preview.problems().size() <= 20);
        result.add(new Paragraph(getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("action.import.invalid", preview.problems().size(), getLocale()), preview.problems().size())), problems);
    }

    private void importAll() {
        try {
            ActionPlanPreview done = plans.importPlan(strategyId, fileName, content);
            if (done.valid()) {
                Notifications.success(getTranslation(org.resilienceroadmap.shared.i18n.Plurals.key("action.import.done", done.imported(), getLocale()), done.imported()));
                result.removeAll();
                imported.run();
            } else {
                show(done);
            }
        } catch (InvalidRequestException | ForbiddenException | ConflictException ex) {
            Notifications.refused(ex);
        }
    }
}
