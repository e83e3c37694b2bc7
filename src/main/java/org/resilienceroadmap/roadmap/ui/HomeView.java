package org.resilienceroadmap.roadmap.ui;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.roadmap.JurisdictionView;
import org.resilienceroadmap.roadmap.ProgrammeOverview;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.roadmap.StageTimes;
import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.ui.StageBadge;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjects;
import org.resilienceroadmap.workflow.ui.TaskList;

/**
 * "What needs me now", by role: open work for members and chairs, pending approvals across the
 * scope for coordinators, the covered jurisdictions' stages for donors, progress in scope for all
 * who oversee.
 */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(
            CurrentUser currentUser,
            TaskInbox inbox,
            TaskSubjects subjects,
            RoadmapService roadmap,
            StageTimes stageTimes) {
        UserScope me = currentUser.scope();
        add(new H1(getTranslation("home.welcome", me.displayName())));
        if (me.has(Role.MEMBER) || me.has(Role.CHAIR) || me.has(Role.COORDINATOR) || me.isAdmin()) {
            List<TaskItem> tasks = inbox.openTasks();
            String heading =
                    me.has(Role.COORDINATOR) && !me.has(Role.CHAIR) ? "home.pendingApprovals" : "home.openWork";
            TaskList list = new TaskList(subjects, me);
            list.setId("home-tasks");
            list.sortsItsOwnRows();
            list.show(tasks);
            add(new H3(getTranslation(heading, tasks.size())), list);
        }
        if (me.has(Role.DONOR)) {
            for (ProgrammeOverview p : roadmap.programmesInScope()) {
                add(programme(p));
            }
        }
        if (me.has(Role.COORDINATOR) || me.isAdmin() || me.has(Role.MEMBER) || me.has(Role.CHAIR)) {
            List<JurisdictionView> inScope = roadmap.jurisdictionsInScope();
            add(
                    new H3(getTranslation("home.progress")),
                    new StageFunnel(inScope),
                    new Anchor("jurisdictions", getTranslation("home.allJurisdictions")));
        }
        if (me.has(Role.COORDINATOR) || me.isAdmin() || me.has(Role.DONOR)) {
            add(new StageTimesTable(stageTimes.perCountry()));
        }
    }

    private VerticalLayout programme(ProgrammeOverview p) {
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        H3 title = new H3(p.title());
        Paragraph facts = new Paragraph(getTranslation(
                "home.programmeFacts",
                p.donor(),
                p.amount() == null ? "—" : money.format(p.amount()) + " " + p.currency(),
                p.periodStart() == null ? "—" : org.resilienceroadmap.shared.Days.format(getLocale(), p.periodStart()),
                p.periodEnd() == null ? "—" : org.resilienceroadmap.shared.Days.format(getLocale(), p.periodEnd())));
        Grid<JurisdictionView> grid = new Grid<>();
        grid.setId("programme-jurisdictions");
        grid.addColumn(j -> j.displayName(getLocale()))
                .setHeader(getTranslation("jurisdiction.name"))
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(j -> getTranslation("level." + j.level()))
                .setHeader(getTranslation("jurisdiction.level"))
                .setSortable(true);
        grid.addComponentColumn(
                        j -> new StageBadge(j.stage() == null ? null : j.stage().name(), j.joinedOn() != null))
                .setHeader(getTranslation("jurisdiction.stage"));
        org.resilienceroadmap.shared.ui.AllRows.show(
                grid,
                p.covered().stream()
                        .filter(j -> j.level() != JurisdictionLevel.REGION)
                        .toList());
        grid.setAllRowsVisible(true);
        // A route by name: the dashboard belongs to the funding feature, which the roadmap does not depend on.
        com.vaadin.flow.component.html.Anchor dashboard = new com.vaadin.flow.component.html.Anchor(
                "programmes/" + p.id(), getTranslation("home.programmeDashboard"));
        dashboard.setId("programme-dashboard-link");
        VerticalLayout box = new VerticalLayout(title, facts, dashboard, new StageFunnel(p.covered()), grid);
        box.setPadding(false);
        box.addClassName("programme-overview");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
