package org.resilienceroadmap.action.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionProgress;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.strategy.StrategyFacts;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.ui.PinBoard;

/**
 * One action: its facts, status and percent done, the route to approval the approval table decided
 * (or that it awaits the working group's review), milestones, progress history with evidence; for
 * its working group, while it is proposed or returned for work, the form that edits it; for its
 * owner and working group, while it is open, the forms that add milestones, report progress and
 * claim completion.
 */
@Route("actions/:id")
@PermitAll
class ActionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final ActionProgress actionProgress;
    private final ActionOptions options;
    private final StrategyService strategies;
    private final ProgrammeDirectory programmes;
    private final JurisdictionDirectory jurisdictions;
    private final Clock clock;
    private final PinBoard pins;
    private Long actionId;
    private String title;

    ActionView(
            ActionService actions,
            ActionProgress actionProgress,
            ActionOptions options,
            StrategyService strategies,
            ProgrammeDirectory programmes,
            JurisdictionDirectory jurisdictions,
            Clock clock,
            PinBoard pins) {
        this.pins = pins;
        this.actions = actions;
        this.actionProgress = actionProgress;
        this.options = options;
        this.strategies = strategies;
        this.jurisdictions = jurisdictions;
        this.programmes = programmes;
        this.clock = clock;
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            actionId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
            render();
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            title = null;
            add(new H1(getTranslation("action.notFound")));
        }
    }

    private void render() {
        removeAll();
        ActionDetail detail = actions.detail(actionId);
        boolean mayReport = actionProgress.mayReport(actionId);
        LocalDate today = LocalDate.now(clock);
        Action a = detail.action();
        title = a.getTitle();
        H1 heading = new H1(a.getTitle());
        heading.setId("action-title");
        Span status = ActionText.status(this, a.getStatus());
        status.setId("action-status");
        HorizontalLayout header = new HorizontalLayout(heading, status);
        Span late = ActionText.overdue(this, a, today);
        if (late != null) {
            late.setId("action-overdue");
            header.add(late);
        }
        header.setAlignItems(Alignment.BASELINE);
        ProgressBar done = new ProgressBar(0, 100, a.getPercentDone());
        done.setId("action-percent");
        Span doneText = new Span(getTranslation("action.percentDone", a.getPercentDone()));
        // The bar's name is the figure it draws.
        done.getElement().setAttribute("aria-label", doneText.getText());
        String subjectId = String.valueOf(actionId);
        java.util.Set<String> pinned = pins.openItems(ActionService.SUBJECT_TYPE, subjectId, getLocale());
        PinBoard.mark(header, pinned, "field:title");
        PinBoard.mark(doneText, pinned, "field:percent");
        ActionFacts facts = new ActionFacts(detail, options, programmes, jurisdictions);
        facts.markPinned(pinned);
        add(
                new HorizontalLayout(
                        new Anchor("actions", getTranslation("action.backToRegister")),
                        new Anchor(
                                "strategies/" + a.getStrategyId() + "/timeline",
                                getTranslation("action.strategyTimeline"))),
                header,
                doneText,
                done,
                pins.panel(ActionService.SUBJECT_TYPE, subjectId, this::render),
                facts);
        if (a.getRoute() != null) {
            add(new ApprovalRouteFacts(a, options));
        } else if (a.getStatus() == ActionStatus.PROPOSED) {
            // Not routed yet while proposed: the working group has not accepted it (nor its plan's review).
            Paragraph awaiting = new Paragraph(getTranslation("action.awaitingReview"));
            awaiting.setId("action-awaiting-review");
            add(awaiting);
        }
        boolean mayEdit = actions.mayEdit(actionId);
        if (mayEdit) {
            StrategyFacts strategy = strategies.facts(a.getStrategyId());
            Details edit = new Details(
                    getTranslation("action.edit"),
                    ProposeActionForm.editing(
                            actions,
                            options.of(strategy.id()),
                            jurisdictions.hazardNames(),
                            strategy,
                            a,
                            saved -> render()));
            edit.setId("edit");
            add(edit);
        }
        H3 milestones = new H3(getTranslation("action.milestones"));
        PinBoard.mark(milestones, pinned, "field:milestones");
        H3 history = new H3(getTranslation("action.progress.history"));
        PinBoard.mark(history, pinned, "field:narrative");
        PinBoard.mark(history, pinned, "field:evidence");
        add(
                milestones,
                new MilestonesPanel(actions, detail, mayReport || mayEdit, today, this::render),
                history,
                new ProgressHistory(detail));
        if (mayReport) {
            add(new ProgressForms(actionProgress, actionId, this::render));
        }
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("action.register") : title;
    }
}
