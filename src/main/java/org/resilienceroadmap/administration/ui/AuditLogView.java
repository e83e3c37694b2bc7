package org.resilienceroadmap.administration.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.administration.AuditTrail;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.springframework.data.domain.PageRequest;

/** Every decision and admin change, newest first, loaded a page at a time, filtered; for admins. */
@Route("admin/audit")
@Menu(order = 9.5, title = "nav.audit", icon = "vaadin:archive")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Grid<AuditRecord> grid = new Grid<>();

    AuditLogView(AuditTrail trail) {
        AuditFilters filters = new AuditFilters(
                trail.subjectTypes(), () -> grid.getDataProvider().refreshAll());
        grid.setId("audit-grid");
        grid.addColumn(r -> TIME.format(r.getAt()))
                .setKey("at")
                .setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::getActor)
                .setKey("actor")
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getSubjectType() + " " + r.getSubjectId())
                .setKey("subject")
                .setHeader(getTranslation("audit.column.subject"))
                .setAutoWidth(true);
        grid.addColumn(AuditRecord::getAction)
                .setKey("action")
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditLogView::change)
                .setKey("change")
                .setHeader(getTranslation("audit.column.change"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getReference() == null ? "" : r.getReference())
                .setKey("reference")
                .setHeader(getTranslation("audit.column.reference"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.getComment() == null ? "" : r.getComment())
                .setKey("comment")
                .setHeader(getTranslation("audit.column.comment"))
                .setFlexGrow(3)
                .setTooltipGenerator(AuditRecord::getComment);
        grid.setItems(
                query -> trail.find(filters.query(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filters.query())));
        grid.setEmptyStateText(getTranslation("audit.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("70vh");

        setSizeFull();
        add(new H1(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.intro")), filters, grid);
    }

    /** "DRAFT → SUBMITTED", or the one state that is known. */
    private static String change(AuditRecord r) {
        if (r.getFromState() == null) {
            return r.getToState() == null ? "" : r.getToState();
        }
        return r.getFromState() + " → " + (r.getToState() == null ? "" : r.getToState());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
