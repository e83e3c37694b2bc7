package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.security.Passwords;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of Kraljevo's working group whose browser speaks English picks Srpski on the sign-in page
 * and reads it in Serbian; signed in, she picks Srpski in the header, and her account keeps it.
 */
class SerbianSignInJourneyTests extends BrowserTest {

    @Autowired
    PeopleDirectory people;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    Passwords passwords;

    @Test
    void aKraljevoMemberSignsInInSerbianAndHerAccountKeepsIt() {
        String username = "member.kraljevo.sr" + System.nanoTime() % 100000;
        Person person = people.create(
                new NewPerson(username, "Jelena Marković", null, "Grad Kraljevo", "en"), passwords.hash("demo"), false);
        people.addMembership(
                person.getId(),
                Role.MEMBER,
                jurisdictions.findByCode("RS-KRA").orElseThrow().getId(),
                null);

        open("login");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Resilience Roadmap"));
        pick("Srpski");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mapa puta otpornosti"));
        assertThat(driver.getTitle()).isEqualTo("Prijava · Mapa puta otpornosti");
        assertThat(driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                        .getText())
                .isEqualTo("Prijavi se");

        login(username);
        // The account's own language (English) applies at sign-in; the header's switch changes it.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("logout"), "Sign out"));
        pick("Srpski");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("logout"), "Odjavi se"));
        assertThat(element(By.tagName("h1")).getText()).isEqualTo("Dobro došli, Jelena Marković");
        assertThat(people.findByUsername(username).map(Person::getLanguage)).hasValue("sr-Latn");

        logout();
        login(username);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("logout"), "Odjavi se"));
    }

    private void pick(String language) {
        click(By.id("language-switch"));
        click(By.xpath("//vaadin-select-item[contains(., '" + language + "')]"));
        wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState")
                .equals("complete"));
        element(By.id("language-switch"));
        waitForServer();
    }
}
