package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.Api;
import org.waymark.it.support.TextShown;

/** An administrator adds a system: tries its URL patterns on an example URL in the page, saves it, and finds its snippets. */
class SystemsIT extends BrowserTest {

    @Test
    void aSystemsPatternsAreTriedLiveThenItsSnippetsAreReadyToCopy() {
        EditorPage editor = signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));
        assertTrue(editor.menu().contains("systems"), editor.menu().toString());
        editor.open("authoring/systems.xhtml");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String key = Api.unique("helpdesk");

        type(driver, "system:key", key);
        type(driver, "system:name", "Help desk");
        type(driver, "system:patterns", "http://127.0.0.1:*/demo/*\nhttps://*.helpdesk.example.com/*\nhelpdesk.example.com");
        type(driver, "system:example", "http://127.0.0.1:8080/demo/tickets/7");
        driver.findElement(By.id("system:try")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".trial-2")));
        assertTrue(driver.findElement(By.cssSelector(".trial-0")).getText().endsWith("takes it"));
        assertTrue(driver.findElement(By.cssSelector(".trial-1")).getText().endsWith("does not take it"));
        assertTrue(driver.findElement(By.cssSelector(".trial-2")).getText().contains("starts with http://"));

        driver.findElement(By.id("system:add")).click();
        wait.until(TextShown.inElement("messages", "starts with http://"));

        type(driver, "system:patterns", "http://127.0.0.1:*/demo/*\nhttps://*.helpdesk.example.com/*");
        type(driver, "system:environments", "test, staging, production");
        driver.findElement(By.id("system:add")).click();
        wait.until(TextShown.inElement("messages", "System Help desk added."));
        WebElement staging = driver.findElement(By.cssSelector(".snippet-" + key + "-staging"));
        assertEquals("<script async src=\"" + base + "p/" + key + "/staging/loader.js\"></script>", staging.getAttribute("value"));

        driver.findElement(By.cssSelector("a.system-" + key)).click();
        wait.until(TextShown.inElement("heading", "Help desk"));
        type(driver, "system:environments", "test, production");
        type(driver, "system:name", "Service desk");
        driver.findElement(By.id("system:save")).click();
        wait.until(TextShown.inElement("messages", "System Service desk saved."));
        assertEquals(2, driver.findElements(By.cssSelector(".wm-snippet")).size(), "staging is gone");
        assertTrue(driver.findElement(By.cssSelector(".snippet-production")).getAttribute("value").contains("/p/" + key + "/production/"));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
