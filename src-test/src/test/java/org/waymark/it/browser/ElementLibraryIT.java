package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.Api;
import org.waymark.it.support.TextShown;

/** The element library screen: what identifies each element, doubtful captures marked; an author renames an element and removes it. */
class ElementLibraryIT extends BrowserTest {

    @Test
    void anElementIsShownWithWhatFindsItRenamedAndRemoved() {
        Api admin = Api.admin(base);
        String system = Api.unique("crm");
        assertEquals(201, admin.post("api/v1/systems", Json.createObjectBuilder().add("key", system).add("name", "CRM")
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build()).status());
        long id = admin.post("api/v1/systems/" + system + "/elements", Json.createObjectBuilder().add("name", "New button")
                .add("descriptor", Json.createReader(new StringReader("""
                        {"selector": "#new-deal", "matchCount": 1, "tag": "button", "pageUrl": "http://127.0.0.1:8123/demo/"}""")).readObject())
                .build()).json().getJsonNumber("id").longValue();
        long ambiguous = admin.post("api/v1/systems/" + system + "/elements", Json.createObjectBuilder().add("name", "Submit buttons")
                .add("descriptor", Json.createReader(new StringReader("""
                        {"selector": "button.save", "matchCount": 3, "tag": "button", "role": "button", "accessibleName": "Save",
                         "landmarks": ["form", "main"], "pageUrl": "http://127.0.0.1:8123/demo/deals/7",
                         "urlPattern": "http://127.0.0.1:8123/demo/deals/*"}""")).readObject())
                .build()).json().getJsonNumber("id").longValue();
        long tip = admin.post("api/v1/systems/" + system + "/items", Json.createReader(new StringReader("""
                {"type": "SMART_TIP", "name": "Save tip", "body": "Saves the deal", "element": {"selector": "button.save", "elementId": %d}}"""
                .formatted(ambiguous))).readObject()).json().getJsonNumber("id").longValue();
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        EditorPage editor = signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));
        editor.open("authoring/item.xhtml?system=" + system + "&id=" + tip);
        wait.until(TextShown.inSelection(".element-matches", "matched 3 elements when captured"));
        editor.open("authoring/elements.xhtml?system=" + system);
        wait.until(TextShown.inElement("capture:library", "<button> button “Save” · inside form, main"));
        assertTrue(driver.findElement(By.id("capture:library")).getText().contains("on http://127.0.0.1:8123/demo/deals/*"));
        assertEquals(1, TextShown.ofAll(driver, ".library-matches").size(), "only the doubtful capture is marked");
        assertTrue(TextShown.ofAll(driver, ".library-matches").getFirst().contains("matched 3 elements"));
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
        assertEquals(List.of("Submit buttons"), ((JavascriptExecutor) driver).executeScript(
                        "return Array.from(document.querySelectorAll('input.library-name-input')).map(input => input.value)"),
                "the other element stays");
    }
}
