package org.resilienceroadmap.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A one-time password leads to the password page first; a weak new password is refused. */
class PasswordChangeTests extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Test
    void sendsAPersonWithAOneTimePasswordToThePasswordPageUntilTheyChooseAGoodOne() {
        String username = "newcomer" + System.nanoTime();
        accounts.createWithOneTimePassword(new NewPerson(username, "Newcomer", null, null, "en"), "one-time-123");
        login(username);
        UI.getCurrent().navigate("jurisdictions");
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("password-current"));

        _setValue(current, "one-time-123");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "short");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new"))
                        .isInvalid())
                .isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new"))
                        .getErrorMessage())
                .as("the rule in words, not its key")
                .isEqualTo("The password needs at least 12 characters.");
        assertThat(people.findByUsername(username).orElseThrow().isPasswordChangeRequired())
                .isTrue();

        String chosen = "Kraljevo West Morava 2030";
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), chosen);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), chosen);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        var person = people.findByUsername(username).orElseThrow();
        assertThat(person.isPasswordChangeRequired()).isFalse();
        assertThat(passwords.matches(chosen, person.getPasswordHash())).isTrue();
    }
}
