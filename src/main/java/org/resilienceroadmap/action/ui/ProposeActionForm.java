package org.resilienceroadmap.action.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionChoices;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.ui.FormErrors;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.strategy.StrategyFacts;

/**
 * The working group proposes an action under an objective of its adopted strategy, with every field
 * an imported plan has and its milestones; the same form edits an action while it is proposed or
 * returned for work. What is on screen when the button is pressed is what is sent: the fields keep
 * Vaadin's default of sending their value when they lose focus, which the press itself causes.
 */
class ProposeActionForm extends FormLayout {

    static final String DEFAULT_CURRENCY = "EUR";

    private final Select<StrategyFacts.Objective> objective = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField lead = new TextField();
    private final ComboBox<String> owner = new ComboBox<>();
    private final DatePicker start = new DatePicker(LocalDate.now(Days.ZONE));
    private final DatePicker due = new DatePicker();
    private final BigDecimalField budget = new BigDecimalField();
    private final TextField currency = new TextField();
    private final ComboBox<Programme> programme = new ComboBox<>();
    private final MultiSelectComboBox<Integer> essentials = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> hazards = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Integer> sendai = new MultiSelectComboBox<>();
    private final MilestoneRows milestones = new MilestoneRows();
    private final FormErrors errors = new FormErrors();
    private final StrategyFacts strategy;

    /** Proposing a new action; the callback gets it once stored, and the form empties for the next one. */
    static ProposeActionForm proposing(
            ActionService actions,
            ActionChoices choices,
            Map<String, String> hazardNames,
            StrategyFacts strategy,
            Consumer<Action> proposed) {
        ProposeActionForm form = new ProposeActionForm(choices, hazardNames, strategy);
        form.button("propose-action", "action.propose.submit", () -> {
            Action a = actions.propose(strategy.id(), form.spec(), form.milestones.value());
            Notifications.success(form.getTranslation("action.propose.done", a.getTitle()));
            form.clear();
            proposed.accept(a);
        });
        return form;
    }

    /** Editing a proposed or returned action, against the version shown; the callback gets it once saved. */
    static ProposeActionForm editing(
            ActionService actions,
            ActionChoices choices,
            Map<String, String> hazardNames,
            StrategyFacts strategy,
            Action action,
            Consumer<Action> saved) {
        ProposeActionForm form = new ProposeActionForm(choices, hazardNames, strategy);
        form.setId("edit-form");
        form.show(action);
        form.remove(form.milestones);
        long version = action.getVersion();
        form.button("save-action", "action.edit.save", () -> {
            Action a = actions.update(action.getId(), form.spec(), version);
            Notifications.success(form.getTranslation("action.edit.saved"));
            saved.accept(a);
        });
        return form;
    }

    private ProposeActionForm(ActionChoices choices, Map<String, String> hazardNames, StrategyFacts strategy) {
        this.strategy = strategy;
        setId("propose-form");
        objective.setItems(strategy.objectives());
        objective.setItemLabelGenerator(StrategyFacts.Objective::title);
        if (strategy.objectives().size() == 1) {
            objective.setValue(strategy.objectives().get(0));
        }
        owner.setItems(List.copyOf(choices.owners().keySet()));
        owner.setItemLabelGenerator(u -> choices.owners().getOrDefault(u, u));
        currency.setMaxLength(3);
        currency.setValue(DEFAULT_CURRENCY);
        currency.setWidth("6em");
        programme.setItems(choices.programmes());
        programme.setItemLabelGenerator(p -> p.getCode() + " · " + p.getTitle());
        programme.setClearButtonVisible(true);
        essentials.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        essentials.setItemLabelGenerator(e -> e + ". " + getTranslation("essential." + e));
        hazards.setItems(choices.hazards());
        hazards.setItemLabelGenerator(h -> hazardNames.containsKey(h) ? getTranslation(hazardNames.get(h)) : h);
        sendai.setItems(IntStream.rangeClosed(1, 4).boxed().toList());
        sendai.setItemLabelGenerator(p -> p + ". " + getTranslation("action.sendai." + p));
        field(objective, "objective", "propose-objective", "action.objective");
        field(title, "title", "propose-title", "action.title");
        field(description, "description", "propose-description", "action.description");
        field(lead, "leadAgency", "propose-lead", "action.leadAgency");
        field(owner, "owner", "propose-owner", "action.owner");
        field(start, "start", "propose-start", "action.start");
        field(due, "due", "propose-due", "action.due");
        field(budget, "budget", "propose-budget", "action.budget");
        field(currency, "currency", "propose-currency", "action.currency");
        field(programme, "programme", "propose-programme", "action.programme");
        field(essentials, "essentials", "propose-essentials", "action.essentials");
        field(hazards, "hazards", "propose-hazards", "action.hazards");
        field(sendai, "sendaiPriorities", "propose-sendai", "action.sendai");
        errors.field("milestones", milestones);
        add(
                objective,
                title,
                description,
                lead,
                owner,
                start,
                due,
                budget,
                currency,
                programme,
                essentials,
                hazards,
                sendai,
                milestones);
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(milestones, 2);
    }

    private void show(Action a) {
        strategy.objective(a.getObjectiveId()).ifPresent(objective::setValue);
        title.setValue(a.getTitle());
        description.setValue(a.getDescription() == null ? "" : a.getDescription());
        lead.setValue(a.getLeadAgency());
        owner.setValue(a.getOwner());
        start.setValue(a.getStartDate());
        due.setValue(a.getDueDate());
        budget.setValue(a.getBudget() == null ? null : a.getBudget().amount());
        currency.setValue(
                a.getBudget() == null || a.getBudget().currency() == null
                        ? DEFAULT_CURRENCY
                        : a.getBudget().currency());
        programme
                .getListDataView()
                .getItems()
                .filter(p -> p.getId().equals(a.getProgrammeId()))
                .findFirst()
                .ifPresent(programme::setValue);
        essentials.setValue(Set.copyOf(a.getEssentials()));
        hazards.setValue(a.getHazards().stream()
                .filter(h -> hazards.getListDataView().contains(h))
                .collect(java.util.stream.Collectors.toSet()));
        sendai.setValue(Set.copyOf(a.getSendaiPriorities()));
    }

    private void button(String id, String labelKey, Runnable save) {
        Button button = new Button(getTranslation(labelKey), e -> errors.attempt(save));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
    }

    NewAction spec() {
        return new NewAction(
                objective.getValue() == null ? null : objective.getValue().id(),
                title.getValue(),
                description.getValue().isBlank() ? null : description.getValue(),
                lead.getValue(),
                owner.getValue(),
                start.getValue(),
                due.getValue(),
                new Money(budget.getValue(), currency.getValue().isBlank() ? null : currency.getValue()),
                programme.getValue() == null ? null : programme.getValue().getId(),
                essentials.getValue().stream().sorted().toList(),
                hazards.getValue().stream().sorted().toList(),
                sendai.getValue().stream().sorted().toList());
    }

    private void clear() {
        title.clear();
        description.clear();
        due.clear();
        budget.clear();
        programme.clear();
        essentials.clear();
        hazards.clear();
        sendai.clear();
        milestones.clear();
    }

    private <F extends Component & HasLabel & HasValidation> void field(F field, String name, String id, String key) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        errors.field(name, field);
    }
}
