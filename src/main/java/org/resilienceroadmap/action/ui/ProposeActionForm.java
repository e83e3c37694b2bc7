package org.resilienceroadmap.action.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.NewAction;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.ui.Notifications;
import org.resilienceroadmap.strategy.Strategy;
import org.resilienceroadmap.strategy.StrategyObjective;
import org.resilienceroadmap.strategy.StrategyService;

/** The working group proposes an action under an objective of its adopted strategy; a coordinator approves it. */
class ProposeActionForm extends FormLayout {

    private final Select<StrategyObjective> objective = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField lead = new TextField();
    private final ComboBox<String> owner = new ComboBox<>();
    private final DatePicker start = new DatePicker(LocalDate.now());
    private final DatePicker due = new DatePicker();
    private final BigDecimalField budget = new BigDecimalField();
    private final TextField currency = new TextField();
    private final MultiSelectComboBox<Integer> essentials = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> byField;

    ProposeActionForm(ActionService actions, StrategyService strategies, Strategy strategy, Consumer<Action> proposed) {
        setId("propose-form");
        objective.setItems(strategy.getObjectives());
        objective.setItemLabelGenerator(StrategyObjective::getTitle);
        if (strategy.getObjectives().size() == 1) {
            objective.setValue(strategy.getObjectives().get(0));
        }
        owner.setItems(strategies.possibleReviewers(strategy.getId()));
        currency.setMaxLength(3);
        currency.setPlaceholder("EUR");
        essentials.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
        essentials.setItemLabelGenerator(e -> e + ". " + getTranslation("essential." + e));
        label(objective, "propose-objective", "action.objective");
        label(title, "propose-title", "action.title");
        label(description, "propose-description", "action.description");
        label(lead, "propose-lead", "action.leadAgency");
        label(owner, "propose-owner", "action.owner");
        label(start, "propose-start", "action.start");
        label(due, "propose-due", "action.due");
        label(budget, "propose-budget", "action.budget");
        label(currency, "propose-currency", "action.currency");
        label(essentials, "propose-essentials", "action.essentials");
        byField = Map.of("objective", objective, "title", title, "description", description, "leadAgency", lead,
                "owner", owner, "due", due, "budget", budget, "essentials", essentials);
        Button submit = new Button(getTranslation("action.propose.submit"), e -> {
            byField.values().forEach(f -> f.setInvalid(false));
            try {
                Action a = actions.propose(strategy.getId(), spec());
                Notifications.success(getTranslation("action.propose.done", a.getTitle()));
                clear();
                proposed.accept(a);
            } catch (InvalidRequestException ex) {
                HasValidation field = byField.get(ex.field());
                if (field == null) {
                    Notifications.error(ex.getMessage());
                } else {
                    field.setErrorMessage(ex.getMessage());
                    field.setInvalid(true);
                }
            } catch (ConflictException | ForbiddenException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        submit.setId("propose-action");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(objective, title, description, lead, owner, start, due, budget, currency, essentials, submit);
        setColspan(title, 2);
        setColspan(description, 2);
    }

    private NewAction spec() {
        return new NewAction(objective.getValue() == null ? null : objective.getValue().getId(), title.getValue(),
                description.getValue().isBlank() ? null : description.getValue(), lead.getValue(), owner.getValue(),
                start.getValue(), due.getValue(), new Money(budget.getValue(), currency.getValue().isBlank() ? null
                        : currency.getValue()), null, essentials.getValue().stream().sorted().toList(), List.of(),
                List.of());
    }

    private void clear() {
        title.clear();
        description.clear();
        due.clear();
        budget.clear();
        essentials.clear();
    }

    private void label(com.vaadin.flow.component.HasLabel field, String id, String key) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }
}
