package org.resilienceroadmap.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.resilienceroadmap.action.ActionPlanImport;
import org.resilienceroadmap.action.ActionPlanPreview;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.i18n.Plurals;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;

/**
 * Importing a whole action plan: the templates, an upload that is checked row by row first (every
 * problem listed with its row and column), then one button that imports all rows or none; the
 * imported plan then waits for the working group's review, one task, linked for whoever may open it.
 */
class PlanImportPanel extends VerticalLayout {

    private static final int MAX_FILE = 10 * 1024 * 1024;

    private final ActionPlanImport plans;
    private final TaskInbox inbox;
    private final Long strategyId;
    private final Runnable imported;
    private final VerticalLayout result = new VerticalLayout();
    private byte[] content;
    private String fileName;

    PlanImportPanel(ActionPlanImport plans, TaskInbox inbox, Long strategyId, Runnable imported) {
        this.plans = plans;
        this.inbox = inbox;
        this.strategyId = strategyId;
        this.imported = imported;
        setPadding(false);
        setId("plan-import");
        String base = "api/v1/strategies/" + strategyId + "/actions/template.";
        Anchor xlsx = new Anchor(base + "xlsx", getTranslation("action.import.templateXlsx"));
        xlsx.getElement().setAttribute("download", true);
        Anchor csv = new Anchor(base + "csv", getTranslation("action.import.templateCsv"));
        csv.getElement().setAttribute("download", true);
        CappedUpload upload = new CappedUpload(
                MAX_FILE,
                file -> new FormErrors().attempt(() -> {
                    fileName = file.fileName();
                    content = file.content();
                    show(plans.preview(strategyId, fileName, content));
                }));
        upload.setId("plan-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        result.setPadding(false);
        add(new Paragraph(getTranslation("action.import.help")), new HorizontalLayout(xlsx, csv), upload, result);
    }

    private void show(ActionPlanPreview preview) {
        result.removeAll();
        if (preview.valid()) {
            Button go = new Button(
                    getTranslation(
                            org.resilienceroadmap.shared.i18n.Plurals.key(
                                    "action.import.go", preview.rows(), getLocale()),
                            preview.rows()),
                    e -> importAll());
            go.setId("import-plan");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            result.add(
                    new Paragraph(getTranslation(
                            org.resilienceroadmap.shared.i18n.Plurals.key(
                                    "action.import.valid", preview.rows(), getLocale()),
                            preview.rows())),
                    go);
            return;
        }
        Grid<ActionPlanPreview.RowProblem> problems = new Grid<>();
        problems.setId("plan-problems");
        problems.addColumn(ActionPlanPreview.RowProblem::row)
                .setHeader(getTranslation("action.import.row"))
                .setFlexGrow(0)
                .setWidth("6rem");
        problems.addColumn(ActionPlanPreview.RowProblem::field).setHeader(getTranslation("action.import.column"));
        problems.addColumn(ActionPlanPreview.RowProblem::message)
                .setHeader(getTranslation("action.import.problem"))
                .setFlexGrow(3);
        problems.setItems(preview.problems());
        problems.setAllRowsVisible(preview.problems().size() <= 20);
        result.add(
                new Paragraph(getTranslation(
                        org.resilienceroadmap.shared.i18n.Plurals.key(
                                "action.import.invalid", preview.problems().size(), getLocale()),
                        preview.problems().size())),
                problems);
    }

    /** The review task when the caller may open it (a chair importing), otherwise the inbox. */
    private Anchor reviewLink(Long reviewId) {
        String task = reviewId == null
                ? null
                : inbox.openTasks().stream()
                        .filter(t -> ActionProcess.PLAN_REVIEW_KEY.equals(t.processKey())
                                && String.valueOf(reviewId).equals(t.subjectId()))
                        .map(TaskItem::id)
                        .findFirst()
                        .orElse(null);
        Anchor link = task == null
                ? new Anchor("tasks", getTranslation("action.import.openInbox"))
                : new Anchor("tasks/" + task, getTranslation("action.import.openReview"));
        link.setId("plan-review-link");
        return link;
    }

    private void importAll() {
        new FormErrors().attempt(() -> {
            ActionPlanPreview done = plans.importPlan(strategyId, fileName, content);
            if (done.valid()) {
                String said = getTranslation(
                        Plurals.key("action.import.waitsForReview", done.imported(), getLocale()), done.imported());
                Notifications.success(said);
                result.removeAll();
                Paragraph waits = new Paragraph(said);
                waits.setId("plan-imported");
                result.add(waits, reviewLink(done.reviewId()));
                imported.run();
            } else {
                show(done);
            }
        });
    }
}
