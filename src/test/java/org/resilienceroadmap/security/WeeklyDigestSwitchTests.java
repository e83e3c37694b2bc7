package org.resilienceroadmap.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The account page's switch turns the weekly digest off and on again, in the reader's language, audited. */
class WeeklyDigestSwitchTests extends KaribuTest {

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    AuditLog audit;

    private String person(String language) {
        String username = "digest.view." + System.nanoTime();
        people.create(
                new NewPerson(username, "Person " + username, username + "@example.org", "Test", language),
                passwords.hash("demo"),
                false);
        return username;
    }

    @Test
    void theSwitchIsOnAtFirstAndTurnsTheDigestOffAndOnAgain() {
        String username = person("en");
        login(username);
        UI.getCurrent().navigate("account/password");

        Checkbox digest = _get(Checkbox.class, spec -> spec.withId("weekly-digest"));
        assertThat(digest.getLabel()).isEqualTo("Send me the weekly digest");
        assertThat(digest.getValue()).isTrue();

        _setValue(digest, false);
        assertThat(people.findByUsername(username).orElseThrow().wantsWeeklyDigest())
                .isFalse();

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("account/password");
        Checkbox again = _get(Checkbox.class, spec -> spec.withId("weekly-digest"));
        assertThat(again.getValue()).as("the page reads the stored choice").isFalse();
        _setValue(again, true);
        assertThat(people.findByUsername(username).orElseThrow().wantsWeeklyDigest())
                .isTrue();

        Long id = people.findByUsername(username).orElseThrow().getId();
        assertThat(audit.history("PERSON", id.toString()))
                .filteredOn(r -> r.getAction().equals("account:weekly-digest"))
                .extracting(AuditRecord::getToState)
                .containsExactly("off", "on");
    }

    @Test
    void aRussianReaderSeesTheSwitchInRussian() {
        login(person("ru"));
        UI.getCurrent().navigate("account/password");

        assertThat(_get(Checkbox.class, spec -> spec.withId("weekly-digest")).getLabel())
                .isEqualTo("Присылать мне еженедельную сводку");
    }
}
