package org.resilienceroadmap.funding.ui;

import java.time.LocalDate;
import java.util.Arrays;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.funding.IndicatorDirection;
import org.resilienceroadmap.funding.IndicatorLine;
import org.resilienceroadmap.funding.IndicatorMeasure;
import org.resilienceroadmap.funding.IndicatorSpec;
import org.resilienceroadmap.funding.ProgrammeBudget;
import org.resilienceroadmap.funding.ProgrammeDetail;
import org.resilienceroadmap.funding.ResultKind;
import org.resilienceroadmap.funding.ResultLine;
import org.resilienceroadmap.funding.ResultsFramework;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/**
 * For an admin or the programme's coordinators: add outcomes, outputs and indicators (typed or
 * counted), report a measured value, add budget lines and record disbursements. Each form names
 * the field it refuses and keeps what was typed; a stale edit says someone else changed it first.
 */
class ManagePanel extends VerticalLayout {

    private final ResultsFramework framework;
    private final ProgrammeBudget budget;
    private final ProgrammeDetail detail;
    private final Runnable reload;

    ManagePanel(ResultsFramework framework, ProgrammeBudget budget, ProgrammeDetail detail, Runnable reload) {
        this.framework = framework;
        this.budget = budget;
        this.detail = detail;
        this.reload = reload;
        setPadding(false);
        add(
                new H3(getTranslation("funding.manage.impact")),
                impactForm(),
                new H3(getTranslation("funding.manage.results")),
                new FrameworkGrid(detail.results()),
                resultForm(),
                new H3(getTranslation("funding.manage.reviseResult")),
                new ResultEditForm(framework, detail, this::run),
                new H3(getTranslation("funding.manage.indicator")),
                indicatorForm(),
                new H3(getTranslation("funding.manage.actual")),
                actualForm(),
                new H3(getTranslation("funding.budget.lines")),
                budgetForm(),
                new H3(getTranslation("funding.disbursements")),
                disbursementForm());
    }

    private Long id() {
        return detail.summary().id();
    }

    private Component resultForm() {
        ComboBox<ResultKind> kind = new ComboBox<>(getTranslation("funding.result.kind"), ResultKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("funding.result.kind." + k));
        kind.setValue(ResultKind.OUTCOME);
        kind.setId("result-kind");
        TextField code = new TextField(getTranslation("funding.indicator.code"));
        code.setId("result-code");
        TextField title = new TextField(getTranslation("funding.result.title"));
        title.setId("result-title");
        title.setWidth("24em");
        ComboBox<ResultLine> parent = new ComboBox<>(
                getTranslation("funding.result.parent"),
                detail.results().stream()
                        .filter(r -> r.kind() == ResultKind.OUTCOME)
                        .toList());
        parent.setItemLabelGenerator(r -> r.code() + " " + r.title());
        parent.setId("result-parent");
        TextArea assumptions = new TextArea(getTranslation("funding.result.assumptions"));
        assumptions.setHelperText(getTranslation("funding.result.assumptionsHelp"));
        assumptions.setMaxLength(2000);
        assumptions.setWidth("24em");
        assumptions.setId("result-assumptions");
        Button add = new Button(
                getTranslation("funding.manage.add"),
                e -> run(() -> framework.addResult(
                        id(),
                        kind.getValue(),
                        code.getValue(),
                        title.getValue(),
                        parent.getValue() == null ? null : parent.getValue().code(),
                        assumptions.getValue())));
        add.setId("add-result");
        return form(kind, code, title, parent, assumptions, add);
    }

    private Component impactForm() {
        TextArea statement = new TextArea(getTranslation("funding.impact.statement"));
        statement.setValue(detail.impact() == null ? "" : detail.impact());
        statement.setPlaceholder(getTranslation("funding.impact.none"));
        statement.setMaxLength(2000);
        statement.setWidth("40em");
        statement.setId("impact-statement");
        Button save = new Button(
                getTranslation("funding.manage.save"),
                e -> run(() -> framework.describeImpact(id(), statement.getValue())));
        save.setId("save-impact");
        return form(statement, save);
    }

    private Component indicatorForm() {
        ComboBox<ResultLine> result = new ComboBox<>(getTranslation("funding.indicator.result"), detail.results());
        result.setItemLabelGenerator(r -> r.code() + " " + r.title());
        result.setId("indicator-result");
        TextField code = new TextField(getTranslation("funding.indicator.code"));
        code.setId("indicator-code");
        TextField name = new TextField(getTranslation("funding.indicator.name"));
        name.setWidth("24em");
        name.setId("indicator-name");
        ComboBox<IndicatorMeasure> measure =
                new ComboBox<>(getTranslation("funding.indicator.measure"), Arrays.asList(IndicatorMeasure.values()));
        measure.setItemLabelGenerator(m -> getTranslation("funding.measure." + m));
        measure.setClearButtonVisible(true);
        measure.setHelperText(getTranslation("funding.indicator.measureHelp"));
        measure.setId("indicator-measure");
        TextField unit = new TextField(getTranslation("funding.indicator.unit"));
        unit.setId("indicator-unit");
        BigDecimalField baseline = new BigDecimalField(getTranslation("funding.indicator.baseline"));
        IntegerField baselineYear = new IntegerField(getTranslation("funding.indicator.baselineYear"));
        BigDecimalField target = new BigDecimalField(getTranslation("funding.indicator.target"));
        target.setId("indicator-target");
        IntegerField targetYear = new IntegerField(getTranslation("funding.indicator.targetYear"));
        TextField verification = new TextField(getTranslation("funding.indicator.verificationField"));
        ComboBox<IndicatorDirection> direction = new ComboBox<>(
                getTranslation("funding.indicator.direction"), Arrays.asList(IndicatorDirection.values()));
        direction.setItemLabelGenerator(d -> getTranslation("funding.direction." + d));
        direction.setClearButtonVisible(true);
        direction.setHelperText(getTranslation("funding.indicator.directionHelp"));
        direction.setId("indicator-direction");
        Checkbox allEssentials = new Checkbox(getTranslation("funding.indicator.allEssentials"));
        allEssentials.setId("indicator-all-essentials");
        allEssentials.setVisible(false);
        measure.addValueChangeListener(e ->
                allEssentials.setVisible(e.getValue() != null && e.getValue().readsEssentials()));
        Button add = new Button(
                getTranslation("funding.manage.add"),
                e -> run(() -> framework.addIndicator(
                        id(),
                        result.getValue() == null ? null : result.getValue().code(),
                        new IndicatorSpec(
                                code.getValue(),
                                name.getValue(),
                                unit.getValue(),
                                measure.getValue(),
                                baseline.getValue(),
                                baselineYear.getValue(),
                                target.getValue(),
                                targetYear.getValue(),
                                verification.getValue(),
                                direction.getValue(),
                                allEssentials.getValue()))));
        add.setId("add-indicator");
        return form(
                result,
                code,
                name,
                measure,
                unit,
                baseline,
                baselineYear,
                target,
                targetYear,
                verification,
                direction,
                allEssentials,
                add);
    }

    private Component actualForm() {
        ComboBox<IndicatorLine> which = new ComboBox<>(
                getTranslation("funding.indicator.name"),
                detail.indicators().stream().filter(i -> !i.computed()).toList());
        which.setItemLabelGenerator(i -> i.code() + " " + i.name());
        which.setId("actual-indicator");
        BigDecimalField value = new BigDecimalField(getTranslation("funding.indicator.actual"));
        value.setId("actual-value");
        DatePicker on = new DatePicker(getTranslation("funding.indicator.measuredOn"), LocalDate.now(Days.ZONE));
        on.setMax(LocalDate.now(Days.ZONE));
        Button save = new Button(
                getTranslation("funding.manage.save"),
                e -> run(() -> {
                    if (which.getValue() == null) {
                        throw new InvalidRequestException("indicator", getTranslation("funding.manage.pickIndicator"));
                    }
                    long version = detail.indicatorVersions().stream()
                            .filter(v -> v.code().equals(which.getValue().code()))
                            .findFirst()
                            .orElseThrow()
                            .version();
                    framework.reportActual(id(), which.getValue().code(), value.getValue(), on.getValue(), version);
                }));
        save.setId("save-actual");
        return form(which, value, on, save);
    }

    private Component budgetForm() {
        TextField title = new TextField(getTranslation("funding.budget.title"));
        title.setId("budget-title");
        DatePicker start = new DatePicker(getTranslation("funding.budget.start"));
        DatePicker end = new DatePicker(getTranslation("funding.budget.end"));
        BigDecimalField amount = new BigDecimalField(getTranslation("funding.budget.amount"));
        amount.setSuffixComponent(
                new com.vaadin.flow.component.html.Span(detail.summary().currency()));
        Button add = new Button(
                getTranslation("funding.manage.add"),
                e -> run(() -> budget.addBudgetLine(
                        id(),
                        title.getValue(),
                        start.getValue(),
                        end.getValue(),
                        amount.getValue(),
                        detail.summary().currency())));
        add.setId("add-budget-line");
        return form(title, start, end, amount, add);
    }

    private Component disbursementForm() {
        DatePicker paidOn = new DatePicker(getTranslation("funding.disbursement.paidOn"), LocalDate.now(Days.ZONE));
        paidOn.setMax(LocalDate.now(Days.ZONE));
        paidOn.setId("disbursement-date");
        BigDecimalField amount = new BigDecimalField(getTranslation("funding.budget.amount"));
        amount.setSuffixComponent(
                new com.vaadin.flow.component.html.Span(detail.summary().currency()));
        amount.setId("disbursement-amount");
        TextField reference = new TextField(getTranslation("funding.disbursement.reference"));
        Button add = new Button(
                getTranslation("funding.manage.record"),
                e -> run(() -> budget.recordDisbursement(
                        id(),
                        paidOn.getValue(),
                        amount.getValue(),
                        detail.summary().currency(),
                        reference.getValue())));
        add.setId("record-disbursement");
        return form(paidOn, amount, reference, add);
    }

    private void run(Runnable change) {
        new FormErrors().attempt(() -> {
            change.run();
            Notifications.success(getTranslation("funding.manage.saved"));
            reload.run();
        });
    }

    private static HorizontalLayout form(Component... parts) {
        HorizontalLayout form = new HorizontalLayout(parts);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
