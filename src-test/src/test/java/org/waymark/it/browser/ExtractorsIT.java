package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.Api;
import org.waymark.it.support.TextShown;

/** An analyst teaches Waymark a log format: tries the expression on a sample line in the page, then saves it. */
class ExtractorsIT extends BrowserTest {

    @Test
    void anExtractorIsTriedLiveOnASampleLineThenSaved() {
        EditorPage editor = signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));
        assertTrue(editor.menu().contains("extractors"), editor.menu().toString());
        editor.open("soc/extractors.xhtml");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        type(driver, "extractor:pattern", "(?<user>x");
        type(driver, "extractor:sample", "gateway: login denied for dora from 203.0.113.9");
        driver.findElement(By.id("extractor:test")).click();
        wait.until(TextShown.inElement("extractor:result", "Not a regular expression"));

        type(driver, "extractor:pattern", "login (?<outcome>\\w+) for (?<user>\\S+) from (?<ip>\\S+)");
        driver.findElement(By.id("extractor:test")).click();
        wait.until(TextShown.inElement("extractor:result", "user dora"));
        assertEquals("Matched: AUTHENTICATION FAILURE, user dora, address 203.0.113.9",
                driver.findElement(By.id("extractor:result")).getText());

        String name = Api.unique("gateway");
        type(driver, "extractor:name", name);
        new Select(driver.findElement(By.id("extractor:type"))).selectByValue("AUTHENTICATION");
        driver.findElement(By.id("extractor:save")).click();
        wait.until(TextShown.inElement("messages", "Extractor " + name + " saved."));
        wait.until(TextShown.inElement("list:table", name));

        Api.admin(base).get("api/v1/extractors").array().stream()
                .map(JsonObject.class::cast)
                .filter(extractor -> extractor.getString("name").equals(name))
                .forEach(extractor -> Api.admin(base).delete("api/v1/extractors/" + extractor.getJsonNumber("id").longValue()));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
