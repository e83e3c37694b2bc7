package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A password people choose has 12+ varied characters, does not contain the username and is not one
 * of the most common passwords, padded or not. Demo accounts are made by the demo profile and are
 * not bound by this; every account made by an admin or the first start is.
 */
class PasswordRulesTests extends IntegrationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Test
    void aNewAccountsChosenPasswordMustMeetEveryRule() {
        String username = "newcomer." + System.nanoTime();
        accounts.createWithOneTimePassword(new NewPerson(username, "Newcomer", null, null, "en"), "one-time-pass-1");

        assertRefused(username, "short1!", "password.rule.length");
        assertRefused(username, "my " + username + " 2030", "password.rule.username");
        assertRefused(username, "aaaabbbbaaaabbbb", "password.rule.variety");
        assertRefused(username, "Password2024!!", "password.rule.common");
        assertRefused(username, "qwerty123456", "password.rule.common");
        assertRefused(username, "123456789012", "password.rule.common");
        assertRefused(username, "2024 I love you!", "password.rule.common");
        assertThat(people.findByUsername(username).orElseThrow().isPasswordChangeRequired())
                .isTrue();

        as(username, () -> accounts.changePassword("one-time-pass-1", "Vakhsh river floods 2031"));
        var person = people.findByUsername(username).orElseThrow();
        assertThat(person.isPasswordChangeRequired()).isFalse();
        assertThat(passwords.matches("Vakhsh river floods 2031", person.getPasswordHash()))
                .isTrue();
    }

    @Test
    void theCommonPasswordRuleCatchesPaddingButNotWordsThatMerelyContainOne() {
        assertThat(Passwords.MOST_COMMON).hasSize(20).doesNotHaveDuplicates();
        assertThat(Passwords.isCommon("password")).isTrue();
        assertThat(Passwords.isCommon("PASSWORD-1234")).isTrue();
        assertThat(Passwords.isCommon("0000letmein0000")).isTrue();
        assertThat(Passwords.isCommon("Dragon 777 777")).isTrue();
        assertThat(Passwords.isCommon("Administrator of Khujand")).isFalse();
        assertThat(Passwords.isCommon("monkeys on the Pamir road")).isFalse();
        assertThat(Passwords.isCommon("Kraljevo West Morava 2030")).isFalse();
    }

    private void assertRefused(String username, String chosen, String rule) {
        assertThatThrownBy(() -> as(username, () -> accounts.changePassword("one-time-pass-1", chosen)))
                .as(chosen)
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage(rule);
    }
}
