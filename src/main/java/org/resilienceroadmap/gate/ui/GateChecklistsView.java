package org.resilienceroadmap.gate.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.resilienceroadmap.gate.ChecklistConfigurations;
import org.resilienceroadmap.gate.ConfigScope;
import org.resilienceroadmap.gate.Configuration;
import org.resilienceroadmap.gate.Gate;
import org.resilienceroadmap.gate.GateRule;
import org.resilienceroadmap.gate.ItemKind;
import org.resilienceroadmap.gate.ItemSpec;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;

/**
 * Admins and coordinators edit the stage-gate checklists of the countries and programmes in their
 * scope: one gate at a time, as a grid of items (computed by a rule or manual with a label).
 */
@Route("gate-checklists")
@Menu(order = 9.2, title = "nav.gateChecklists", icon = "vaadin:clipboard-check")
@RolesAllowed({"ADMIN", "COORDINATOR"})
class GateChecklistsView extends VerticalLayout implements HasDynamicTitle {

    private final ChecklistConfigurations configurations;
    private final ComboBox<ConfigScope> scope = new ComboBox<>();
    private final Select<Gate> gate = new Select<>();
    private final Grid<ItemRow> grid = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final List<ItemRow> rows = new ArrayList<>();
    private Configuration shown;

    GateChecklistsView(ChecklistConfigurations configurations) {
        this.configurations = configurations;
        setMaxWidth("70em");
        scope.setId("gate-config-scope");
        scope.setLabel(getTranslation("gate.config.scope"));
        scope.setItems(configurations.editable(getLocale()));
        scope.setItemLabelGenerator(
                s -> getTranslation("gate.config.scope." + s.kind().name(), s.name()));
        scope.setWidth("24em");
        gate.setId("gate-config-gate");
        gate.setLabel(getTranslation("gate.config.gate"));
        gate.setItems(Gate.values());
        gate.setItemLabelGenerator(g -> getTranslation("gate.name." + g.name()));
        gate.setWidth("24em");
        gate.setValue(Gate.A_B);
        scope.addValueChangeListener(e -> load());
        gate.addValueChangeListener(e -> load());
        status.setId("gate-config-status");
        buildGrid();
        Button addComputed = new Button(getTranslation("gate.config.addComputed"), e -> add(ItemKind.COMPUTED));
        addComputed.setId("gate-config-add-computed");
        Button addManual = new Button(getTranslation("gate.config.addManual"), e -> add(ItemKind.MANUAL));
        addManual.setId("gate-config-add-manual");
        Button save = new Button(getTranslation("gate.config.save"), e -> save());
        save.setId("gate-config-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("gate.config.reset"), e -> reset());
        reset.setId("gate-config-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H1(getTranslation("gate.config.title")),
                new Paragraph(getTranslation("gate.config.help")),
                new HorizontalLayout(scope, gate),
                status,
                grid,
                new HorizontalLayout(addComputed, addManual, save, reset));
        scope.getListDataView().getItems().findFirst().ifPresent(scope::setValue);
    }

    private void buildGrid() {
        grid.setId("gate-config-items");
        grid.setAllRowsVisible(true);
        // The item's text takes the room; the other columns keep to their content (rem, so headers and cells align).
        grid.addColumn(r -> getTranslation("gate.kind." + r.kind.name()))
                .setHeader(getTranslation("gate.config.kind"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::what)
                .setHeader(getTranslation("gate.config.item"))
                .setFlexGrow(1);
        grid.addComponentColumn(r -> {
                    Checkbox box = new Checkbox(r.mandatory);
                    box.setAriaLabel(getTranslation("gate.item.mandatory"));
                    box.addValueChangeListener(e -> r.mandatory = e.getValue());
                    return box;
                })
                .setHeader(getTranslation("gate.item.mandatory"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
                    IntegerField number = new IntegerField();
                    number.setAriaLabel(getTranslation("gate.config.number"));
                    number.setMin(1);
                    number.setMax(365);
                    number.setValue(r.number);
                    number.setEnabled(r.rule != null && r.rule.hasNumber());
                    number.setWidth("6rem");
                    number.addValueChangeListener(e -> r.number = e.getValue());
                    return number;
                })
                .setHeader(getTranslation("gate.config.number"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
                    Button remove = new Button(getTranslation("gate.config.remove"), e -> {
                        rows.remove(r);
                        grid.setItems(rows);
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    return remove;
                })
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private com.vaadin.flow.component.Component what(ItemRow r) {
        if (r.kind == ItemKind.MANUAL) {
            TextField label = new TextField();
            label.setAriaLabel(getTranslation("gate.config.label"));
            label.setPlaceholder(getTranslation("gate.config.labelPlaceholder"));
            label.setMaxLength(300);
            label.setWidthFull();
            label.setValue(r.label == null ? "" : r.label);
            label.addValueChangeListener(e -> r.label = e.getValue());
            return label;
        }
        Select<GateRule> rule = new Select<>();
        rule.setAriaLabel(getTranslation("gate.config.rule"));
        rule.setItems(GateRule.values());
        rule.setItemLabelGenerator(g -> getTranslation("gate.rule." + g.name()));
        rule.setValue(r.rule);
        rule.setWidthFull();
        rule.addValueChangeListener(e -> {
            r.rule = e.getValue();
            r.number = r.rule == null ? null : r.rule.defaultNumber();
            grid.getDataProvider().refreshItem(r);
        });
        return rule;
    }

    private void load() {
        rows.clear();
        shown = null;
        if (scope.getValue() == null || gate.getValue() == null) {
            grid.setItems(rows);
            return;
        }
        try {
            shown = configurations.get(scope.getValue().kind(), scope.getValue().id(), gate.getValue());
            shown.items().forEach(i -> rows.add(new ItemRow(i)));
            status.setText(
                    shown.configured()
                            ? getTranslation("gate.config.configured")
                            : getTranslation("gate.config.defaults"));
        } catch (ForbiddenException | NotFoundException e) {
            Notifications.refused(e);
        }
        grid.setItems(rows);
    }

    private void add(ItemKind kind) {
        rows.add(new ItemRow(new ItemSpec(
                null, kind, kind == ItemKind.COMPUTED ? GateRule.VALIDATED_ASSESSMENT : null, null, true, null)));
        grid.setItems(rows);
    }

    private void save() {
        if (shown == null) {
            return;
        }
        new FormErrors().attempt(() -> {
            configurations.save(
                    shown.kind(),
                    shown.scopeId(),
                    shown.gate(),
                    rows.stream().map(ItemRow::toSpec).toList(),
                    shown.version());
            Notifications.success(getTranslation("gate.config.saved"));
            load();
        });
    }

    private void reset() {
        if (shown == null) {
            return;
        }
        try {
            configurations.reset(shown.kind(), shown.scopeId(), shown.gate());
            Notifications.success(getTranslation("gate.config.resetDone"));
            load();
        } catch (ForbiddenException | NotFoundException e) {
            Notifications.refused(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gate.config.title");
    }
}
