package org.resilienceroadmap.action.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.action.ApprovalTable;
import org.resilienceroadmap.action.ApprovalTableVersion;
import org.resilienceroadmap.action.ApprovalTables;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.ui.CappedUpload;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.Refusals;

/**
 * Who approves an action after its working group, as the table decides it: the rules of the current
 * version or of any earlier one, in words; for admins, a new version from a DMN file, deployed after
 * a confirmation and refused in words when it would not run in the action process.
 */
@Route("approval-table")
@Menu(order = 4.5, title = "nav.approvalTable", icon = "vaadin:check-square-o")
// Everyone signed in may read how actions are routed; only admins see the upload.
@PermitAll
class ApprovalTableView extends VerticalLayout implements HasDynamicTitle {

    /** The largest table accepted: a decision table of a few hundred rules is far smaller. */
    private static final int MAX_BYTES = 1024 * 1024;

    private final ApprovalTables tables;
    private final Select<ApprovalTableVersion> picker = new Select<>();
    private final Span hitPolicy = new Span();
    private final Div rules = new Div();
    private final Paragraph refusal = new Paragraph();

    ApprovalTableView(ApprovalTables tables, CurrentUser currentUser) {
        this.tables = tables;
        picker.setLabel(getTranslation("approvalTable.version"));
        picker.setId("approval-table-version");
        picker.setWidth("min(32em, 100%)");
        picker.setItemLabelGenerator(this::label);
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(tables.version(e.getValue().version()));
            }
        });
        hitPolicy.setId("approval-table-hit-policy");
        rules.setWidthFull();
        add(
                new H1(getTranslation("approvalTable.title")),
                new Paragraph(getTranslation("approvalTable.intro")),
                picker,
                hitPolicy,
                rules);
        if (currentUser.scope().isAdmin()) {
            add(uploadSection());
        }
        pickNewest();
    }

    private void pickNewest() {
        List<ApprovalTableVersion> versions = tables.versions();
        picker.setItems(versions);
        picker.setValue(versions.isEmpty() ? null : versions.get(0));
    }

    private void show(ApprovalTable table) {
        String policy = table.hitPolicy().split(" ")[0].replace(' ', '_');
        hitPolicy.setText(
                getTranslation("approvalTable.hitPolicy", getTranslation("approvalTable.hitPolicy." + policy)));
        rules.removeAll();
        rules.add(ApprovalRulesGrid.of(table, this));
    }

    /** "Version 2 · 6 Dec 2026, 01:40 UTC · Admin Person" or "… · shipped with the application". */
    private String label(ApprovalTableVersion v) {
        String when = v.deployedAt() == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(getLocale())
                                .format(v.deployedAt().atZone(ZoneOffset.UTC))
                        + " UTC";
        String who = v.shipped() ? getTranslation("approvalTable.shipped") : v.deployedByName();
        return getTranslation("approvalTable.versionLabel", v.version(), when, who);
    }

    private Div uploadSection() {
        // The callback runs with the UI locked, so the dialog can open at once.
        CappedUpload upload =
                new CappedUpload(MAX_BYTES, file -> confirm(file.fileName(), file.content())).clearingEachFile();
        upload.setId("approval-table-upload");
        upload.setAcceptedFileTypes(".dmn");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("approvalTable.drop")));
        refusal.setId("approval-table-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        Div section = new Div(
                new H2(getTranslation("approvalTable.upload.title")),
                new Paragraph(getTranslation("approvalTable.upload.intro")),
                upload,
                refusal);
        section.setId("approval-table-upload-section");
        return section;
    }

    private void confirm(String fileName, byte[] content) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("approvalTable.confirm.title"),
                getTranslation("approvalTable.confirm.text", fileName),
                getTranslation("approvalTable.confirm.deploy"),
                e -> deploy(fileName, content));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("approvalTable.cancel"));
        dialog.setId("approval-table-confirm");
        dialog.open();
    }

    private void deploy(String fileName, byte[] content) {
        try {
            ApprovalTable deployed = tables.upload(fileName, content);
            refusal.setVisible(false);
            Notifications.success(getTranslation("approvalTable.deployed", deployed.version()));
            pickNewest();
        } catch (InvalidRequestException | ForbiddenException e) {
            refusal.setText(getTranslation("approvalTable.refused", Refusals.text(e)));
            refusal.setVisible(true);
            Notifications.refused(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvalTable.title");
    }
}
