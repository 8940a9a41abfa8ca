package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
        type(driver, "system:urlPatterns", "http://127.0.0.1:*/demo/*\nhttps://*.helpdesk.example.com/*\nhelpdesk.example.com");
        type(driver, "system:example", "http://127.0.0.1:8080/demo/tickets/7");
        // tried as the author types, without the Try button
        wait.until(TextShown.inSelection(".trial-2", "starts with http://"));
        wait.until(TextShown.inSelection(".trial-0", "takes it"));
        assertTrue(driver.findElement(By.cssSelector(".trial-1")).getText().endsWith("does not take it"));
        driver.findElement(By.id("system:urlPatterns")).sendKeys("\nregex:^https://tickets\\.example\\.com/");
        wait.until(TextShown.inSelection(".trial-3", "does not take it"));

        type(driver, "system:key", "Help Desk");
        type(driver, "system:environments", "test, Prod");
        driver.findElement(By.id("system:add")).click();
        // each problem next to its field
        wait.until(TextShown.inSelection("#system\\:urlPatterns ~ .ui-message-error", "starts with http://"));
        assertTrue(TextShown.ofAll(driver, "#system\\:key ~ .ui-message-error").getFirst().contains("lower-case letters"));
        assertTrue(TextShown.ofAll(driver, "#system\\:environments ~ .ui-message-error").getFirst().contains("'Prod'"));
        type(driver, "system:key", key);

        type(driver, "system:urlPatterns", "http://127.0.0.1:*/demo/*\nhttps://*.helpdesk.example.com/*");
        type(driver, "system:environments", "test, staging, production");
        driver.findElement(By.id("system:add")).click();
        wait.until(TextShown.inElement("messages", "System Help desk added."));
        WebElement staging = driver.findElement(By.cssSelector(".snippet-" + key + "-staging"));
        assertEquals("<script async src=\"" + base + "p/" + key + "/staging/loader.js\"></script>", staging.getAttribute("value"));
        staging.findElement(By.xpath("following-sibling::button[contains(@class, 'wm-copy')]")).click();
        assertEquals(staging.getAttribute("value").length(), ((Number) ((JavascriptExecutor) driver).executeScript(
                "var field = arguments[0]; return field.selectionStart === 0 ? field.selectionEnd : -1", staging)).intValue(),
                "Copy took the whole snippet");

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
