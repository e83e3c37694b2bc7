package org.resilienceroadmap.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.ui.LoginView;
import org.resilienceroadmap.shared.i18n.Languages;
import org.resilienceroadmap.shared.ui.LanguageChosen;
import org.resilienceroadmap.shared.ui.LanguageSwitch;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The sign-in page speaks Serbian to a Serbian reader and offers Srpski beside English and Русский; a
 * Serbian account reads the application in Serbian, and choosing Srpski is remembered for the account
 * (the header's switch itself needs a signed-in browser: SerbianSignInJourneyTests).
 */
class SerbianSignInViewTests extends KaribuTest {

    @Autowired
    PeopleDirectory people;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    Passwords passwords;

    @Autowired
    Clock clock;

    @Autowired
    SecuritySettings settings;

    @Autowired
    OrganisationSignIn organisations;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theSignInPageSpeaksSerbianAndNamesEachLanguageInItself() {
        read(Languages.SERBIAN);
        // As after the language switch's reload: the page is made anew in the chosen language.
        LoginView page = new LoginView(clock, settings, organisations);

        assertThat(_get(page, H1.class).getText()).isEqualTo("Mapa puta otpornosti");
        assertThat(texts(_get(page, LoginForm.class)))
                .contains(
                        "\"title\":\"Prijava\"",
                        "\"username\":\"Korisničko ime\"",
                        "\"password\":\"Lozinka\"",
                        "\"submit\":\"Prijavi se\"")
                .doesNotContain("\"title\":\"Log in\"", "\"submit\":\"Log in\"");
        assertThat(page.getPageTitle()).isEqualTo("Prijava · Mapa puta otpornosti");
        LanguageSwitch languages = _get(page, LanguageSwitch.class);
        assertThat(languages.getValue()).isEqualTo(Languages.SERBIAN);
        assertThat(languages.getListDataView().getItems().map(languages.getItemLabelGenerator()::apply))
                .containsExactly("English", "Русский", "Srpski");

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(texts(_get(LoginForm.class))).contains("\"title\":\"Pogrešno korisničko ime ili lozinka\"");
    }

    @Test
    void aSerbianAccountReadsTheApplicationInSerbian() {
        String username = account("sr-Latn");
        login(username);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.SERBIAN);
        assertThat(_get(H1.class).getText()).isEqualTo("Dobro došli, Jelena Marković");
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Vaši otvoreni zadaci (0)", "Napredak po mapi puta u vašem delokrugu");
    }

    @Test
    void choosingSrpskiIsRememberedForTheAccount() {
        String username = account("en");
        login(username);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Jelena Marković");

        // What the header's language switch announces when Srpski is picked.
        events.publishEvent(new LanguageChosen(Languages.SERBIAN));

        assertThat(people.findByUsername(username).map(Person::getLanguage)).hasValue("sr-Latn");
        freshSession();
        login(username);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Dobro došli, Jelena Marković");
    }

    private String account(String language) {
        String username = "member.sr." + System.nanoTime();
        Person person = people.create(
                new NewPerson(username, "Jelena Marković", null, "Grad Kraljevo", language),
                passwords.hash("demo"),
                false);
        people.addMembership(
                person.getId(),
                Role.MEMBER,
                jurisdictions.findByCode("RS-KRA").orElseThrow().getId(),
                null);
        return username;
    }

    /** The texts the form hands its web component, as the JSON the browser gets. */
    private static String texts(LoginForm form) {
        Object i18n = form.getElement().getPropertyRaw("i18n");
        return i18n instanceof elemental.json.JsonValue json ? json.toJson() : String.valueOf(i18n);
    }

    private static void read(Locale locale) {
        UI.getCurrent().getSession().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}
