package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.identity.control.Totp;
import org.waymark.it.support.Api;

/**
 * Two-step sign-in as a user lives it: enrolment with an authenticator (the test computes the
 * codes an app would), sign-in with a code, a recovery code that works once, and HTTP Basic
 * refused for such an account.
 */
class SecondFactorIT extends BrowserTest {

    private static final String PASSWORD = "two-step-password-42";

    @Test
    void aUserEnrolsAndThenSignsInOnlyWithACodeOrARecoveryCodeOnce() throws InterruptedException {
        String user = "tina-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Api.admin(base).createUser(user, PASSWORD);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        LoginPage.open(driver, base).signIn(user, PASSWORD);
        new EditorPage(driver, base).open("account/settings.xhtml");
        click(wait, By.id("secondFactor:begin"));
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret"))).getText();
        assertTrue(driver.findElement(By.id("qr")).getAttribute("src").startsWith("data:image/svg+xml;base64,"), "a QR code");
        driver.findElement(By.id("secondFactor:code")).sendKeys(Totp.code(secret, Totp.step(Instant.now())));
        click(wait, By.id("secondFactor:confirm"));
        List<String> recoveryCodes = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")))
                .findElements(By.tagName("code")).stream().map(WebElement::getText).toList();
        assertEquals(10, recoveryCodes.size());
        new EditorPage(driver, base).signOut();

        LoginPage login = LoginPage.open(driver, base);
        login.signIn(user, PASSWORD);
        assertEquals("Wrong username, password or authentication code.", login.errorMessage(), "the password alone is not enough");

        awaitNextTimeStep(); // the enrolment used this step's code: a code is good once
        LoginPage.open(driver, base).signIn(user, PASSWORD, Totp.code(secret, Totp.step(Instant.now())));
        assertTrue(new EditorPage(driver, base).menu().contains("account"), "signed in with password and code");
        new EditorPage(driver, base).signOut();

        LoginPage.open(driver, base).signIn(user, PASSWORD, recoveryCodes.get(0).toLowerCase(Locale.ROOT));
        assertTrue(new EditorPage(driver, base).menu().contains("account"), "a recovery code stands in for the phone");
        new EditorPage(driver, base).signOut();
        LoginPage again = LoginPage.open(driver, base);
        again.signIn(user, PASSWORD, recoveryCodes.get(0));
        assertEquals("Wrong username, password or authentication code.", again.errorMessage(), "but only once");

        assertEquals(401, Api.basic(base, user, PASSWORD).get("api/v1/api-keys").status(),
                "HTTP Basic cannot carry the second factor: such accounts use API keys");
    }

    private static void click(WebDriverWait wait, By button) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    private static void awaitNextTimeStep() throws InterruptedException {
        long step = Totp.step(Instant.now());
        while (Totp.step(Instant.now()) == step) {
            Thread.sleep(200);
        }
    }
}
