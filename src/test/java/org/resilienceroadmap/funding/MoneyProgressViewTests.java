package org.resilienceroadmap.funding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class MoneyProgressViewTests extends KaribuTest {

    @Autowired
    ApplicationContext beans;

    @Autowired
    MoneyAndProgress money;

    private void open(MoneyScene s, String who) {
        login(who);
        UI.getCurrent().navigate("programmes/" + s.programmeId());
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(tabs.getTabCount() - 1);
    }

    @SuppressWarnings("unchecked")
    private static String flagsOfRow(int row) {
        TreeGrid<?> tree = _get(TreeGrid.class, spec -> spec.withId("money-tree"));
        return ((Span) GridKt._getCellComponent(tree, row, "flags")).getText();
    }

    @Test
    void aCoordinatorAllocatesAndTakesItBackAfterConfirming() {
        MoneyScene s =
                MoneyScene.prepare(beans, "EUR", 10, LocalDate.now(Days.ZONE).plusMonths(5));
        open(s, s.city().coordinator());
        assertThat(_find(TreeGrid.class, spec -> spec.withId("money-tree"))).isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<MoneyProgress.Source> source = _get(ComboBox.class, spec -> spec.withId("allocation-source"));
        source.setValue(source.getListDataView().getItem(0));
        @SuppressWarnings("unchecked")
        ComboBox<org.resilienceroadmap.action.BudgetedAction> action =
                _get(ComboBox.class, spec -> spec.withId("allocation-action"));
        action.setValue(action.getListDataView()
                .getItems()
                .filter(a -> a.id().equals(s.actionId()))
                .findFirst()
                .orElseThrow());
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("allocation-amount"));
        amount.setValue(new BigDecimal("40000"));
        _click(_get(Button.class, spec -> spec.withId("allocate")));
        assertThat(amount.isInvalid()).as("more than the disbursement's 30,000").isTrue();
        assertThat(amount.getErrorMessage()).contains("30000.00 EUR");

        amount.setValue(new BigDecimal("30000"));
        _click(_get(Button.class, spec -> spec.withId("allocate")));
        // Country, city, action: the action's words say why it is flagged, the country counts it.
        assertThat(flagsOfRow(2)).isEqualTo("Spending ahead of progress");
        assertThat(flagsOfRow(0)).isEqualTo("Actions spending ahead of progress: 1");

        Grid<?> list = _get(Grid.class, spec -> spec.withId("money-allocations"));
        _click((Button) GridKt._getCellComponent(list, 0, "remove"));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(as(s.city().coordinator(), () -> money.read(s.programmeId())).allocations())
                .as("nothing removed before confirming")
                .hasSize(1);
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(as(s.city().coordinator(), () -> money.read(s.programmeId())).allocations())
                .isEmpty();
    }

    @Test
    void theDonorReadsTheFlagsInWordsAndHasNoControls() {
        MoneyScene s =
                MoneyScene.prepare(beans, "EUR", 10, LocalDate.now(Days.ZONE).plusMonths(5));
        as(
                s.city().coordinator(),
                () -> beans.getBean(MoneyAllocations.class)
                        .allocate(
                                s.programmeId(),
                                MoneySourceKind.DISBURSEMENT,
                                s.disbursementId(),
                                s.actionId(),
                                new BigDecimal("30000"),
                                null));
        open(s, s.donor());
        assertThat(flagsOfRow(2)).isEqualTo("Spending ahead of progress");
        assertThat(flagsOfRow(1)).isEqualTo("Actions spending ahead of progress: 1");
        assertThat(_find(Button.class, spec -> spec.withId("allocate"))).isEmpty();
        Grid<?> list = _get(Grid.class, spec -> spec.withId("money-allocations"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(list.getColumnByKey("remove")).as("no removal for a donor").isNull();
    }
}
