package org.resilienceroadmap.administration.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.administration.EngineIncidents;
import org.resilienceroadmap.administration.FailedStep;
import org.resilienceroadmap.shared.i18n.Plurals;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.springframework.data.domain.PageRequest;

/** Steps the engine could not carry out, with their error, for an admin to retry once the cause is mended. */
@Route("admin/incidents")
@Menu(order = 9.6, title = "nav.incidents", icon = "vaadin:warning")
@RolesAllowed("ADMIN")
class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    private final EngineIncidents incidents;
    private final Grid<FailedStep> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    IncidentsView(EngineIncidents incidents) {
        this.incidents = incidents;
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneOffset.UTC);
        grid.setId("incidents");
        grid.addColumn(step -> time.format(step.failedAt()) + " UTC")
                .setHeader(getTranslation("incidents.column.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::process).setHeader(getTranslation("incidents.column.process"));
        grid.addColumn(FailedStep::stepName).setHeader(getTranslation("incidents.column.step"));
        grid.addColumn(step -> step.businessKey() == null ? "" : step.businessKey())
                .setHeader(getTranslation("incidents.column.subject"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(FailedStep::error)
                .setHeader(getTranslation("incidents.column.error"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::retryButton)
                .setKey("retry")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> incidents.incidents(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("incidents.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("65vh");
        summary.setId("incidents-summary");
        refreshSummary();
        setSizeFull();
        add(new H1(getTranslation("nav.incidents")), new Paragraph(getTranslation("incidents.intro")), summary, grid);
    }

    private String process(FailedStep step) {
        String key = "task.process." + step.processKey();
        String words = getTranslation(key);
        // A process without words of its own in the bundle is named as its model names it.
        return words.startsWith("!") ? step.processName() : words;
    }

    private Component retryButton(FailedStep step) {
        Button retry = new Button(getTranslation("incidents.retry"), e -> confirmRetry(step));
        retry.setId("retry-" + step.incidentId());
        retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        retry.setVisible(step.jobId() != null);
        return retry;
    }

    private void confirmRetry(FailedStep step) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("incidents.retryTitle", step.stepName()),
                getTranslation("incidents.retryText"),
                getTranslation("incidents.retry"),
                ok -> new FormErrors().attempt(() -> {
                    incidents.retry(step.jobId());
                    grid.getDataProvider().refreshAll();
                    refreshSummary();
                    Notifications.success(getTranslation("incidents.retried", step.stepName()));
                }));
        confirm.setId("confirm-retry");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("incidents.cancel"));
        confirm.open();
    }

    private void refreshSummary() {
        long retrying = incidents.retrying();
        summary.setText(
                retrying == 0
                        ? getTranslation("incidents.retryingNone")
                        : getTranslation(Plurals.key("incidents.retrying", retrying, getLocale()), retrying));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incidents");
    }
}
