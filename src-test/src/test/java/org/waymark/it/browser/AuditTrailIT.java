package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.Api;
import org.waymark.it.support.TextShown;

/** A Security Analyst reads, filters, exports and verifies the audit trail in the browser. */
class AuditTrailIT extends BrowserTest {

    private static final String PASSWORD = "analyst-password-4242";

    @Test
    void aSecurityAnalystFiltersExportsAndVerifiesTheTrail() throws IOException, InterruptedException {
        String analyst = "ana-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Api.admin(base).createUser(analyst, PASSWORD);
        Api.grant(base, analyst, "SECURITY_ANALYST");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        LoginPage.open(driver, base).signIn(analyst, PASSWORD);
        EditorPage editor = new EditorPage(driver, base);
        assertTrue(editor.menu().contains("audit"), editor.menu().toString());
        assertFalse(editor.menu().contains("users"), "an analyst does not manage users");
        editor.open("audit/trail.xhtml");

        driver.findElement(By.id("audit:actor")).sendKeys(analyst);
        driver.findElement(By.id("audit:filter")).click();
        // the table is replaced by the filter's answer: read it until it shows only the analyst's own records
        List<String> actors = wait.until(page -> {
            List<String> shown = TextShown.ofAll(page, "#audit\\:events_data tr td:nth-child(3)").stream().distinct().toList();
            return shown.equals(List.of(analyst)) ? shown : null;
        });
        assertEquals(List.of(analyst), actors, "only the analyst's own records");

        String export = driver.findElement(By.id("audit:export")).getAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(export))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("id,occurred_at,actor,action,outcome"), csv.body());
        assertTrue(csv.body().lines().skip(1).allMatch(line -> line.contains("," + analyst + ",")), csv.body());

        driver.findElement(By.id("audit:verify")).click();
        String verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:verification"))).getText();
        assertTrue(verdict.startsWith("The audit trail is intact"), verdict);
    }
}
