package org.resilienceroadmap.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.support.ActionScene;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A page says why a step was refused in its reader's language, naming people as colleagues know them. */
class RefusalsViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Test
    void aRussianPageNamesTheHolderByDisplayNameAndListsTheOutcomesInWords() {
        var city = fixtures.newCity();
        String holder = ActionScene.person(context, city, "Дилноза Рахимова", "ru");
        login(city.chair());
        UI.getCurrent().navigate("tasks");
        UI.getCurrent().setLocale(Languages.RUSSIAN);

        ConflictException taken =
                new ConflictException(Refusal.of("refusal.task.assignedTo", new Refusal.Person(holder)));
        InvalidRequestException outcome = new InvalidRequestException(
                "outcome",
                Refusal.of(
                        "refusal.task.outcomeOneOf",
                        new Refusal.Words(
                                List.of(new Refusal.Text("outcome.approve"), new Refusal.Text("outcome.return")),
                                false)));

        assertThat(Refusals.text(taken)).isEqualTo("Эта задача назначена: Дилноза Рахимова");
        assertThat(taken.getMessage()).as("the API's English").isEqualTo("This task is assigned to " + holder);
        assertThat(Refusals.text(outcome))
                .isEqualTo("Решение должно быть одним из вариантов: Утвердить или Вернуть на доработку");
    }
}
