package org.resilienceroadmap.funding.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.action.BudgetedAction;
import org.resilienceroadmap.funding.MoneyAllocations;
import org.resilienceroadmap.funding.MoneyAndProgress;
import org.resilienceroadmap.funding.MoneyProgress;
import org.resilienceroadmap.funding.MoneySourceKind;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/**
 * For the programme's managers: the disbursements and commitments with what is left of each, a form
 * to allocate part of one to an action, a form to record a commitment, and the allocations, each
 * removable after a confirmation. A refusal marks the field it is about and keeps what was typed.
 */
class MoneyForms extends VerticalLayout {

    private final MoneyAndProgress money;
    private final MoneyAllocations allocations;
    private final MoneyProgress progress;
    private final Runnable reload;

    MoneyForms(MoneyAndProgress money, MoneyAllocations allocations, MoneyProgress progress, Runnable reload) {
        this.money = money;
        this.allocations = allocations;
        this.progress = progress;
        this.reload = reload;
        setPadding(false);
        add(
                new H3(getTranslation("funding.money.sources")),
                sources(),
                new H3(getTranslation("funding.money.allocate")),
                allocateForm(),
                new H3(getTranslation("funding.money.commitment")),
                commitmentForm(),
                new H3(getTranslation("funding.money.allocations")),
                allocationList(progress, this));
    }

    private Grid<MoneyProgress.Source> sources() {
        Grid<MoneyProgress.Source> grid = new Grid<>();
        grid.setId("money-sources");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> getTranslation("funding.money.kind." + s.kind()))
                .setHeader(getTranslation("funding.money.column.kind"));
        grid.addColumn(s -> FundingText.date(getLocale(), s.on()))
                .setHeader(getTranslation("funding.money.column.date"));
        grid.addColumn(s -> FundingText.money(getLocale(), s.amount(), s.currency()))
                .setHeader(getTranslation("funding.money.column.amount"));
        grid.addColumn(s -> s.label() == null ? "" : s.label()).setHeader(getTranslation("funding.money.column.label"));
        grid.addColumn(s -> FundingText.money(getLocale(), s.allocated(), s.currency()))
                .setHeader(getTranslation("funding.money.column.allocated"));
        grid.addColumn(s -> FundingText.money(getLocale(), s.remaining(), s.currency()))
                .setHeader(getTranslation("funding.money.column.remaining"));
        grid.addComponentColumn(this::removeCommitmentButton).setKey("remove");
        grid.setItems(progress.sources());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component removeCommitmentButton(MoneyProgress.Source s) {
        if (s.kind() != MoneySourceKind.COMMITMENT || s.allocated().signum() > 0) {
            return new Span();
        }
        Button remove = new Button(
                getTranslation("funding.money.remove"),
                e -> confirm(
                        getTranslation(
                                "funding.money.removeCommitmentText",
                                FundingText.money(getLocale(), s.amount(), s.currency())),
                        () -> allocations.removeCommitment(progress.programmeId(), s.id(), s.version())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setId("remove-commitment-" + s.id());
        return remove;
    }

    private Component allocateForm() {
        ComboBox<MoneyProgress.Source> source =
                new ComboBox<>(getTranslation("funding.money.field.source"), progress.sources());
        source.setItemLabelGenerator(s -> getTranslation(
                "funding.money.sourceLabel",
                getTranslation("funding.money.kind." + s.kind()),
                FundingText.date(getLocale(), s.on()),
                FundingText.money(getLocale(), s.remaining(), s.currency())));
        source.setId("allocation-source");
        source.setWidth("22em");
        ComboBox<BudgetedAction> action =
                new ComboBox<>(getTranslation("funding.money.field.action"), money.allocatable(progress.programmeId()));
        action.setItemLabelGenerator(BudgetedAction::title);
        action.setId("allocation-action");
        action.setWidth("24em");
        BigDecimalField amount = new BigDecimalField(getTranslation("funding.budget.amount"));
        amount.setSuffixComponent(new Span(progress.currency()));
        amount.setId("allocation-amount");
        FormErrors errors = new FormErrors()
                .field("sourceKind", source)
                .field("sourceId", source)
                .field("actionId", action)
                .field("amount", amount);
        Button allocate = new Button(
                getTranslation("funding.money.allocateButton"),
                e -> errors.attempt(() -> {
                    MoneyProgress.Source s = source.getValue();
                    allocations.allocate(
                            progress.programmeId(),
                            s == null ? null : s.kind(),
                            s == null ? null : s.id(),
                            action.getValue() == null ? null : action.getValue().id(),
                            amount.getValue(),
                            progress.currency());
                    saved();
                }));
        allocate.setId("allocate");
        return form(source, action, amount, allocate);
    }

    private Component commitmentForm() {
        DatePicker on = new DatePicker(getTranslation("funding.money.field.committedOn"), LocalDate.now(Days.ZONE));
        on.setMax(LocalDate.now(Days.ZONE));
        on.setId("commitment-date");
        BigDecimalField amount = new BigDecimalField(getTranslation("funding.budget.amount"));
        amount.setSuffixComponent(new Span(progress.currency()));
        amount.setId("commitment-amount");
        TextField note = new TextField(getTranslation("funding.money.field.note"));
        note.setId("commitment-note");
        FormErrors errors = new FormErrors()
                .field("committedOn", on)
                .field("amount", amount)
                .field("note", note);
        Button record = new Button(
                getTranslation("funding.manage.record"),
                e -> errors.attempt(() -> {
                    allocations.recordCommitment(
                            progress.programmeId(),
                            on.getValue(),
                            amount.getValue(),
                            progress.currency(),
                            note.getValue());
                    saved();
                }));
        record.setId("record-commitment");
        return form(on, amount, note, record);
    }

    /** The allocations; with {@code forms} (a manager's page) each can be taken back after a confirmation. */
    static Grid<MoneyProgress.Allocation> allocationList(MoneyProgress progress, MoneyForms forms) {
        Map<String, MoneyProgress.Source> sources = progress.sources().stream()
                .collect(Collectors.toMap(s -> s.kind() + ":" + s.id(), Function.identity()));
        Grid<MoneyProgress.Allocation> grid = new Grid<>();
        grid.setId("money-allocations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var locale = UI.getCurrent().getLocale();
        grid.addColumn(MoneyProgress.Allocation::actionTitle)
                .setHeader(grid.getTranslation("funding.money.field.action"))
                .setFlexGrow(3);
        grid.addColumn(a -> {
                    String kind = grid.getTranslation("funding.money.kind." + a.sourceKind());
                    MoneyProgress.Source s = sources.get(a.sourceKind() + ":" + a.sourceId());
                    return s == null ? kind : kind + ", " + FundingText.date(locale, s.on());
                })
                .setHeader(grid.getTranslation("funding.money.field.source"));
        grid.addColumn(a -> FundingText.money(locale, a.amount(), a.currency()))
                .setHeader(grid.getTranslation("funding.money.column.amount"));
        grid.addColumn(a -> FundingText.moment(locale, a.allocatedAt()))
                .setHeader(grid.getTranslation("funding.money.column.allocatedAt"));
        if (forms != null) {
            grid.addComponentColumn(forms::removeAllocationButton).setKey("remove");
        }
        grid.setItems(progress.allocations());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component removeAllocationButton(MoneyProgress.Allocation a) {
        Button remove = new Button(
                getTranslation("funding.money.remove"),
                e -> confirm(
                        getTranslation(
                                "funding.money.removeAllocationText",
                                FundingText.money(getLocale(), a.amount(), a.currency()),
                                a.actionTitle()),
                        () -> allocations.removeAllocation(progress.programmeId(), a.id(), a.version())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setId("remove-allocation-" + a.id());
        return remove;
    }

    private void confirm(String text, Runnable removal) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("funding.money.removeTitle"), text, getTranslation("funding.money.remove"), e -> {
                    if (new FormErrors().attempt(removal)) {
                        saved();
                    } else {
                        reload.run();
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("funding.money.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("money-confirm");
        dialog.open();
    }

    private void saved() {
        Notifications.success(getTranslation("funding.manage.saved"));
        reload.run();
    }

    private static HorizontalLayout form(Component... parts) {
        HorizontalLayout form = new HorizontalLayout(parts);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
