package org.resilienceroadmap.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A form says a refusal the same way everywhere: on the field it names, otherwise as a notice, in the reader's words. */
class FormErrorsViewTests extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    private final TextField title = new TextField();
    private final FormErrors errors = new FormErrors().field("title", title).notice("document", "Attach a PDF");

    @BeforeEach
    void signIn() {
        login(fixtures.newCity().chair());
        UI.getCurrent().setLocale(Languages.RUSSIAN);
        NotificationsKt.clearNotifications();
    }

    @Test
    void marksTheFieldARefusalNamesInTheReadersLanguage() {
        boolean done = errors.attempt(() -> {
            throw new InvalidRequestException("title", Refusal.of("refusal.strategy.titleRequired"));
        });

        assertThat(done).isFalse();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("У стратегии должно быть название");
        assertThat(notices()).isEmpty();
    }

    @Test
    void saysARefusalOfAFieldNotOnTheFormAsANotice() {
        errors.attempt(() -> {
            throw new InvalidRequestException("periodEnd", "The period ends before it starts");
        });

        assertThat(title.isInvalid()).isFalse();
        assertThat(notices()).containsExactly("The period ends before it starts");
    }

    @Test
    void saysAFieldItCannotMarkInTheFormsOwnWords() {
        errors.attempt(() -> {
            throw new InvalidRequestException("document", "PDF, DOCX or ODT");
        });

        assertThat(notices()).containsExactly("Attach a PDF");
    }

    @Test
    void saysConflictsAndForbiddenStepsAsNotices() {
        errors.attempt(() -> {
            throw new ConflictException("Someone else was first");
        });
        errors.attempt(() -> {
            throw new ForbiddenException("Only the chair may");
        });

        assertThat(notices()).containsExactly("Someone else was first", "Only the chair may");
    }

    @Test
    void clearsTheMarkOfAnEarlierTryWhenTheStepGoesThrough() {
        errors.attempt(() -> {
            throw new InvalidRequestException("title", "Title needed");
        });

        boolean done = errors.attempt(() -> {});

        assertThat(done).isTrue();
        assertThat(title.isInvalid()).isFalse();
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream()
                .map(FormErrorsViewTests::text)
                .toList();
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }
}
