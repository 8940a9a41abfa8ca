package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.Api;
import org.waymark.it.support.TextShown;

/** The element library screen: an author renames an element and removes it. */
class ElementLibraryIT extends BrowserTest {

    @Test
    void anElementIsRenamedAndRemoved() {
        Api admin = Api.admin(base);
        String system = Api.unique("crm");
        assertEquals(201, admin.post("api/v1/systems", Json.createObjectBuilder().add("key", system).add("name", "CRM")
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build()).status());
        long id = admin.post("api/v1/systems/" + system + "/elements", Json.createObjectBuilder().add("name", "New button")
                .add("descriptor", Json.createReader(new StringReader("""
                        {"selector": "#new-deal", "matchCount": 1, "tag": "button", "pageUrl": "http://127.0.0.1:8123/demo/"}""")).readObject())
                .build()).json().getJsonNumber("id").longValue();
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        signIn("admin", System.getenv("DAP_ADMIN_PASSWORD")).open("authoring/elements.xhtml?system=" + system);
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.library-name-input")));
        assertEquals("New button", name.getAttribute("value"));
        name.clear();
        name.sendKeys("Start a deal");
        driver.findElement(By.cssSelector("button[id$=':rename']")).click();
        wait.until(TextShown.inElement("messages", "Element renamed to Start a deal."));
        assertEquals("Start a deal", admin.get("api/v1/systems/" + system + "/elements/" + id).json().getString("name"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".library-remove"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(TextShown.inElement("messages", "Element removed from the library."));
        assertEquals(404, admin.get("api/v1/systems/" + system + "/elements/" + id).status());
        assertTrue(driver.findElement(By.id("capture:library")).getText().contains("The library is empty."));
    }
}
