package org.resilienceroadmap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor who never signed in finds Kraljevo among the cities that publish their progress, reads its
 * page on a phone, switches to Russian — with no sign-in, no horizontal scrolling and
 * nothing axe-core finds serious.
 */
class PublicCityJourneyTests extends BrowserTest {

    @Test
    void aVisitorReadsKraljevosPageOnAPhoneWithoutSigningIn() {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("public/cities");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Cities that publish their progress"));
        driver.findElement(By.linkText("Kraljevo")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kraljevo"));
        assertThat(driver.getCurrentUrl()).contains("/public/cities/RS-KRA");
        assertThat(driver.findElements(By.tagName("h2")))
                .extracting(e -> e.getText())
                .contains("Roadmap stage", "Scorecard results", "Adopted strategy", "Actions");
        assertThat(driver.findElements(By.tagName("caption"))).hasSizeGreaterThanOrEqualTo(3);
        Number overflow = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0);
        List<String> violations = new Axe().violations(driver, "public city page");
        assertThat(violations).as("axe-core on the public page").isEmpty();

        driver.findElement(By.cssSelector("nav a[hreflang='ru']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Этап дорожной карты"));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("ru");
        assertThat(driver.getCurrentUrl()).contains("/public/cities/RS-KRA").doesNotContain("login");
        assertThat(driver.findElements(By.cssSelector("vaadin-login-form"))).isEmpty();
    }
}
