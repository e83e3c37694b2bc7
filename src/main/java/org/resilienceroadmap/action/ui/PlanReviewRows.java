package org.resilienceroadmap.action.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.resilienceroadmap.action.PlanDecision;
import org.resilienceroadmap.action.PlanReviewDetail;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.i18n.Plurals;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.shared.ui.PhoneCards;
import org.resilienceroadmap.shared.ui.Refusals;

/**
 * The rows of an imported plan under review: title, owner, due date, budget, and the reviewer's
 * decision and comment, each saved as it is made. A refused choice (a decline without its reason, say)
 * stays on the screen with the refusal beside it, so nothing typed is lost; once the reason is written
 * it is saved. "Accept all remaining" accepts every row not decided yet. Read-only for whoever may not
 * decide. On a phone, one card a row.
 */
class PlanReviewRows extends VerticalLayout {

    /** What the reviewer chose and wrote in a row, saved or not (a refused choice stays here). */
    private record Draft(PlanDecision decision, String comment, String problem) {}

    private final ActionPlanReviews reviews;
    private final Long reviewId;
    private final boolean mayDecide;
    private final Map<String, String> names;
    private final Map<Long, Draft> drafts = new HashMap<>();
    private final Grid<Action> grid = new Grid<>();
    private final Span undecided = new Span();

    PlanReviewRows(ActionPlanReviews reviews, ActionOptions options, Long reviewId) {
        this.reviews = reviews;
        this.reviewId = reviewId;
        setPadding(false);
        setId("plan-review");
        PlanReviewDetail detail = reviews.detail(reviewId);
        this.mayDecide = reviews.mayDecide(reviewId);
        this.names = options.names(
                detail.rows().stream().map(Action::getOwner).distinct().toList());
        undecided.setId("plan-undecided");
        grid.setId("plan-rows");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> title(a, "plan-row-"))
                .setHeader(getTranslation("action.column.title"))
                .setKey("title")
                .setFlexGrow(2);
        grid.addColumn(a -> names.getOrDefault(a.getOwner(), a.getOwner()))
                .setHeader(getTranslation("action.column.owner"))
                .setKey("owner");
        grid.addColumn(a -> ActionText.date(getLocale(), a.getDueDate()))
                .setHeader(getTranslation("action.column.due"))
                .setKey("due");
        grid.addColumn(a -> ActionText.money(getLocale(), a.getBudget()))
                .setHeader(getTranslation("action.budget"))
                .setKey("budget")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> decision(a, "decision-"))
                .setHeader(getTranslation("planReview.column.decision"))
                .setKey("decision")
                .setWidth("13rem")
                .setFlexGrow(0);
        grid.addComponentColumn(a -> comment(a, "comment-"))
                .setHeader(getTranslation("planReview.column.comment"))
                .setKey("comment")
                .setFlexGrow(2);
        PhoneCards.add(grid, getTranslation("planReview.column.rows"), this::card);
        grid.setAllRowsVisible(true);
        add(undecided, grid);
        if (mayDecide) {
            Button all = new Button(getTranslation("planReview.acceptRemaining"), e -> acceptRemaining());
            all.setId("plan-accept-remaining");
            all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(all);
        } else {
            Span readOnly = new Span(getTranslation("planReview.readOnly"));
            readOnly.setId("plan-read-only");
            add(readOnly);
        }
        show(detail);
    }

    private void show(PlanReviewDetail detail) {
        drafts.clear();
        detail.rows().forEach(a -> drafts.put(a.getId(), new Draft(a.getPlanDecision(), a.getPlanComment(), null)));
        grid.setItems(detail.rows());
        count();
    }

    private void count() {
        long open = drafts.values().stream()
                .filter(d -> d.decision() == null || d.problem() != null)
                .count();
        undecided.setText(
                open == 0
                        ? getTranslation("planReview.allDecided")
                        : getTranslation(Plurals.key("planReview.undecided", open, getLocale()), open));
    }

    private Component title(Action a, String id) {
        Anchor open = new Anchor("actions/" + a.getId(), a.getTitle());
        open.setId(id + a.getId());
        return open;
    }

    /** The row's decision; {@code id} tells the grid's cell from the phone's card. */
    private Select<PlanDecision> decision(Action a, String id) {
        Select<PlanDecision> select = new Select<>();
        select.setItems(PlanDecision.values());
        select.setItemLabelGenerator(this::label);
        select.setWidthFull();
        select.setPlaceholder(getTranslation("planReview.undecidedRow"));
        select.setAriaLabel(getTranslation("planReview.decisionFor", a.getTitle()));
        select.setId(id + a.getId());
        Draft draft = drafts.get(a.getId());
        select.setValue(draft.decision());
        select.setInvalid(draft.problem() != null);
        select.setErrorMessage(draft.problem());
        select.setReadOnly(!mayDecide);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                save(a, e.getValue(), drafts.get(a.getId()).comment());
            }
        });
        return select;
    }

    /** The decision as a choice reads: its bundle text (written to sit inside a sentence) with a capital. */
    private String label(PlanDecision d) {
        String text = getTranslation("planReview.decision." + d.name());
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
    }

    private TextField comment(Action a, String id) {
        TextField field = new TextField();
        field.setId(id + a.getId());
        field.setAriaLabel(getTranslation("planReview.commentFor", a.getTitle()));
        field.setWidthFull();
        field.setMaxLength(4000);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        Draft draft = drafts.get(a.getId());
        field.setValue(draft.comment() == null ? "" : draft.comment());
        field.setReadOnly(!mayDecide);
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Draft now = drafts.get(a.getId());
            if (now.decision() == null) {
                drafts.put(a.getId(), new Draft(null, e.getValue(), null));
            } else {
                save(a, now.decision(), e.getValue());
            }
        });
        return field;
    }

    private Component card(Action a) {
        return PhoneCards.card(
                title(a, "card-row-"),
                PhoneCards.fact(getTranslation("action.column.owner"), names.getOrDefault(a.getOwner(), a.getOwner())),
                PhoneCards.fact(getTranslation("action.column.due"), ActionText.date(getLocale(), a.getDueDate())),
                PhoneCards.fact(getTranslation("action.budget"), ActionText.money(getLocale(), a.getBudget())),
                new Div(decision(a, "card-decision-")),
                new Div(comment(a, "card-comment-")));
    }

    /** Saves the row's choice; a refusal stays on the row in the reader's words, with what was typed. */
    private void save(Action a, PlanDecision decision, String comment) {
        try {
            Action saved = reviews.decide(reviewId, a.getId(), decision, comment);
            drafts.put(a.getId(), new Draft(saved.getPlanDecision(), saved.getPlanComment(), null));
            grid.getDataProvider().refreshItem(a);
        } catch (InvalidRequestException | ForbiddenException | ConflictException | NotFoundException e) {
            String why = Refusals.text(e);
            drafts.put(a.getId(), new Draft(decision, comment, why));
            grid.getDataProvider().refreshItem(a);
            Notifications.error(why);
        }
        count();
    }

    private void acceptRemaining() {
        if (drafts.values().stream().anyMatch(d -> d.problem() != null)) {
            // A refused choice is still the reviewer's intent: accepting it silently would lose it.
            Notifications.error(getTranslation("planReview.refusedRowsFirst"));
            return;
        }
        try {
            int accepted = reviews.acceptRemaining(reviewId);
            Notifications.success(
                    getTranslation(Plurals.key("planReview.acceptedRemaining", accepted, getLocale()), accepted));
        } catch (ForbiddenException | ConflictException | NotFoundException e) {
            Notifications.refused(e);
        }
        show(reviews.detail(reviewId));
    }
}
