package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.administration.DirectoryAdministration;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.SignInMethod;
import org.resilienceroadmap.support.OrganisationIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing in through an organisation's own directory, a real OpenID Connect provider
 * ({@link OrganisationIdentityProvider}): its sign-in form, its consent, and back in the application as the
 * account its e-mail address matches, with that account's roles and scope; an identity no account matches
 * is sent back with a message and nothing is made for it.
 * <p>
 * The application is opened at 127.0.0.1: the provider accepts a loopback address on any port as the
 * place to return to, and localhost (where the provider runs) keeps its cookies apart.
 */
class OrganisationSignInJourneyTests extends BrowserTest {

    @Autowired
    PeopleDirectory people;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void serbiasCoordinatorSignsInThroughTheMinistryDirectoryAndSeesSerbiasCities() throws Exception {
        signInThroughOrganisation(OrganisationIdentityProvider.SERBIA_COORDINATOR);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        atApp("portfolio");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio"), "Kraljevo"));
        assertThat(element(By.id("portfolio")).getText()).doesNotContain("Dushanbe");

        // The session's caller is exactly what a password sign-in of coordinator.serbia gets.
        atApp("api/v1/me");
        JsonNode viaOrganisation =
                json.readTree(driver.findElement(By.tagName("body")).getText());
        JsonNode viaPassword = rest.withBasicAuth("coordinator.serbia", "demo")
                .getForEntity("/api/v1/me", JsonNode.class)
                .getBody();
        assertThat(viaOrganisation.get("username").asText()).isEqualTo("coordinator.serbia");
        assertThat(viaOrganisation).isEqualTo(viaPassword);
    }

    @Test
    void anIdentityNoAccountMatchesIsSentBackWithAMessageAndNothingIsMade() {
        long before = people.count();

        signInThroughOrganisation(OrganisationIdentityProvider.STRANGER);

        wait.until(ExpectedConditions.urlContains("/login?organisation=account_unknown"));
        wait.until(d -> Boolean.TRUE.equals(
                script("const f = document.querySelector('vaadin-login-form'); return !!f && f.error")));
        assertThat(String.valueOf(
                        script("return document.querySelector('vaadin-login-form').i18n.errorMessage.message")))
                .contains("no account here matches nobody.here@ministry.example");
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();
        assertThat(people.findByEmail("nobody.here@ministry.example")).isEmpty();
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void anAccountWithoutAPasswordSignsInThroughItsOrganisation() {
        String username = "ana.jovanovic." + System.nanoTime() % 100000;
        as(
                "admin",
                () -> administration.addAccount(
                        new NewPerson(
                                username,
                                "Ana Jovanović",
                                OrganisationIdentityProvider.ORGANISATION_ONLY_EMAIL,
                                "Ministry of Interior",
                                "en"),
                        Role.MEMBER,
                        jurisdictions.findByCode("RS-KRA").orElseThrow().getId(),
                        null,
                        SignInMethod.ORGANISATION));

        signInThroughOrganisation(OrganisationIdentityProvider.ORGANISATION_ONLY);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Ana Jovanović"));
        atApp("account/password");
        assertThat(element(By.id("password-organisation-only")).getText())
                .contains("You sign in through your organisation");
        assertThat(driver.findElements(By.id("password-current"))).isEmpty();
    }

    @Test
    void aSwitchedOffAccountIsRefusedThoughItsOrganisationKnowsThePerson() {
        String username = "dragan.nikolic." + System.nanoTime() % 100000;
        as(
                "admin",
                () -> administration.addAccount(
                        new NewPerson(
                                username,
                                "Dragan Nikolić",
                                OrganisationIdentityProvider.SWITCHED_OFF_EMAIL,
                                "Ministry of Interior",
                                "en"),
                        Role.MEMBER,
                        jurisdictions.findByCode("RS-KRA").orElseThrow().getId(),
                        null,
                        SignInMethod.ORGANISATION));
        // No screen switches an account off yet; operators do it in the database.
        jdbc.sql("update person set enabled = false where username = ?")
                .param(username)
                .update();

        signInThroughOrganisation(OrganisationIdentityProvider.SWITCHED_OFF);

        wait.until(ExpectedConditions.urlContains("/login?organisation=account_switched_off"));
        wait.until(d -> Boolean.TRUE.equals(
                script("const f = document.querySelector('vaadin-login-form'); return !!f && f.error")));
        assertThat(String.valueOf(
                        script("return document.querySelector('vaadin-login-form').i18n.errorMessage.message")))
                .contains("is switched off");
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();
    }

    /** From the application's sign-in page through the provider's sign-in form and consent, and back. */
    private void signInThroughOrganisation(String who) {
        atApp("login");
        click(By.id("organisation-sign-in-organisation"));
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(OrganisationIdentityProvider.issuer());
        user.sendKeys(who);
        driver.findElement(By.id("password")).sendKeys(OrganisationIdentityProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:" + port)
                || !d.findElements(By.id("submit-consent")).isEmpty());
        if (!driver.getCurrentUrl().startsWith("http://127.0.0.1:" + port)) {
            for (WebElement scope : driver.findElements(By.cssSelector("input[name='scope']"))) {
                if (!scope.isSelected()) {
                    scope.click();
                }
            }
            driver.findElement(By.id("submit-consent")).click();
        }
        wait.until(ExpectedConditions.urlContains("http://127.0.0.1:" + port));
    }

    private void atApp(String path) {
        driver.get("http://127.0.0.1:" + port + "/" + path);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }
}
