package org.resilienceroadmap.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.security.ui.LoginView;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;

/**
 * Accounts that sign in through their organisation only keep no password, and the password sign-in (form
 * and HTTP Basic) refuses them; the sign-in page offers the configured provider and says why a return from
 * it was refused. The journey through a real provider is browser/OrganisationSignInJourneyTests.
 */
class OrganisationSignInTests extends KaribuTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    PeopleDirectory people;

    @Autowired
    AccountService accounts;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    Clock clock;

    @Autowired
    SecuritySettings settings;

    @Autowired
    OrganisationSignIn organisations;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anAdminMakesAnOrganisationOnlyAccountThatKeepsNoPassword() {
        String username = "ministry." + System.nanoTime();
        ResponseEntity<JsonNode> made = api.post("admin", "/api/v1/admin/accounts", account(username, "ORGANISATION"));

        assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(made.getBody().get("oneTimePassword").isNull()).isTrue();
        assertThat(made.getBody().get("signIn").asText()).isEqualTo("ORGANISATION");
        Person person = people.findByUsername(username).orElseThrow();
        assertThat(person.getPasswordHash()).isNull();
        assertThat(person.signsInThroughOrganisationOnly()).isTrue();
        assertThat(person.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void anOrganisationOnlyAccountCannotSignInWithAPasswordByFormOrHttpBasic() {
        String username = "ministry." + System.nanoTime();
        api.post("admin", "/api/v1/admin/accounts", account(username, "ORGANISATION"));
        String address = freshAddress();

        for (String password : List.of("", "demo", "null")) {
            HttpResponse<String> basic = http.get("/api/v1/me", Http.basic(username, password, Http.from(address)));
            assertThat(basic.statusCode()).as("HTTP Basic with '%s'", password).isEqualTo(401);
        }
        HttpResponse<String> form = http.formLogin(username, "demo", Http.from(address));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        // Refused as a wrong password is: it tells nothing of how the account signs in.
        HttpResponse<String> wrongPassword =
                http.formLogin("coordinator.serbia", "not-the-password", Http.from(address));
        assertThat(wrongPassword.headers().firstValue("Location"))
                .isEqualTo(form.headers().firstValue("Location"));
    }

    @Test
    void aPasswordAccountStillSignsInByFormAndHttpBasic() {
        String address = freshAddress();
        assertThat(http.get("/api/v1/me", Http.basic("coordinator.serbia", "demo", Http.from(address)))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> form = http.formLogin("coordinator.serbia", "demo", Http.from(address));
        assertThat(form.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void anOrganisationOnlyAccountNeedsTheEmailItsOrganisationKnowsItBy() {
        String username = "ministry." + System.nanoTime();
        Map<String, Object> body = account(username, "ORGANISATION");
        body.remove("email");

        ResponseEntity<JsonNode> refused = api.post("admin", "/api/v1/admin/accounts", body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(people.findByUsername(username)).isEmpty();
    }

    @Test
    void anOrganisationOnlyAccountHasNoPasswordToChange() {
        String username = "ministry." + System.nanoTime();
        api.post("admin", "/api/v1/admin/accounts", account(username, "ORGANISATION"));

        assertThatThrownBy(() -> as(username, () -> accounts.changePassword("", "a-chosen-password-2026")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("password.organisationOnly");
        assertThat(people.findByUsername(username).orElseThrow().getPasswordHash())
                .isNull();
    }

    @Test
    void theSignInPageOffersTheOrganisationsProviderInEnglishAndRussian() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("login");
        Anchor english = _get(Anchor.class, spec -> spec.withId("organisation-sign-in-organisation"));
        assertThat(english.getText()).isEqualTo("Sign in with Ministry Directory");
        assertThat(english.getHref()).isEqualTo("oauth2/authorization/organisation");
        assertThat(english.getElement().hasAttribute("router-ignore")).isTrue();

        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        // As after the language switch's reload: the page is made anew in the chosen language.
        LoginView russian = new LoginView(clock, settings, organisations);
        assertThat(_get(russian, Anchor.class).getText()).isEqualTo("Войти через Ministry Directory");
    }

    @Test
    void theSignInPageSaysWhyTheOrganisationsIdentityWasRefused() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new OAuth2AuthenticationException(
                                new OAuth2Error("account_unknown", "nobody.here@ministry.example", null)));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("organisation", "account_unknown")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Signing in through your organisation did not work")
                .contains("no account here matches nobody.here@ministry.example")
                .doesNotContain("Wrong username or password");

        // Reloaded later, the refusal is gone from the session: the message stands without the name.
        VaadinSession.getCurrent().getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("organisation", "account_switched_off")));
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Your account here is switched off.")
                .doesNotContain("()");
    }

    private Map<String, Object> account(String username, String signIn) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Ministry officer");
        body.put("email", username + "@ministry.example");
        body.put("role", "COORDINATOR");
        body.put(
                "jurisdictionId",
                jurisdictions.findByCode("RS-KRA").orElseThrow().getId());
        body.put("signIn", signIn);
        return body;
    }

    /** An address of the IPv6 documentation prefix (RFC 3849), its own per test, so no failure count is shared. */
    private static String freshAddress() {
        return "2001:db8:1::" + Integer.toHexString(ADDRESSES.incrementAndGet());
    }
}
