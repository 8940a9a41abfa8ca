package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.Api;
import org.waymark.it.support.TextShown;

/** A Translator translates an item's texts without being able to change it; translations and content files come in through uploads. */
class TranslationIT extends BrowserTest {

    private static final String PASSWORD = "translator-secret-4711";

    @Test
    void aTranslatorEditsTheTextsOfAnotherLocaleOnly() {
        Api admin = Api.admin(base);
        String system = system(admin);
        long id = item(admin, system);
        String translator = Api.unique("translator");
        admin.createUser(translator, PASSWORD);
        Api.grant(base, translator, "TRANSLATOR", admin.get("api/v1/systems/" + system).json().getJsonNumber("id").longValue());
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        EditorPage editor = signIn(translator, PASSWORD);
        editor.open("authoring/item.xhtml?system=" + system + "&id=" + id);
        wait.until(TextShown.inElement("heading", "Create an opportunity"));
        assertTrue(driver.findElements(By.id("item:save")).isEmpty(), "a Translator cannot save the item");
        assertTrue(!driver.findElement(By.id("item:name")).isEnabled(), "the item's fields are read-only");
        driver.findElement(By.id("translate")).click();
        WebElement locale = wait.until(ExpectedConditions.elementToBeClickable(By.id("locale")));
        locale.sendKeys("de");
        driver.findElement(By.cssSelector("#choose button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("textarea.translation")));
        assertEquals("Click <b>New</b> to start", driver.findElements(By.cssSelector(".original")).get(1).getText(), "markup shows as text");
        driver.findElements(By.cssSelector("textarea.translation")).get(0).sendKeys("Neu");
        driver.findElements(By.cssSelector("textarea.translation")).get(1).sendKeys("Klicken Sie auf <b onclick=\"x()\">Neu</b>");
        driver.findElement(By.id("translation:save")).click();
        wait.until(TextShown.inElement("messages", "into de saved as revision 2."));

        JsonObject german = admin.get("api/v1/systems/" + system + "/items/" + id).json().getJsonObject("translations").getJsonObject("de");
        assertEquals(2, german.size());
        assertTrue(german.values().stream().anyMatch(text -> text.toString().equals("\"Klicken Sie auf <b>Neu</b>\"")), german::toString);
    }

    @Test
    void uploadsImportTranslationsAndRefuseBrokenContentAsAWhole() throws IOException {
        Api admin = Api.admin(base);
        String system = system(admin);
        long id = item(admin, system);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String xliff = admin.get("api/v1/systems/" + system + "/exchange/xliff?target=fr").body()
                .replace("</source>", "</source><target>Traduit</target>");
        Path xliffFile = Files.writeString(Files.createTempFile("waymark", ".xlf"), xliff);
        Path brokenExport = Files.writeString(Files.createTempFile("waymark", ".json"), """
                {"format": "waymark-content", "version": 1, "elements": [],
                 "items": [{"id": 1, "document": {"type": "WALKTHRU", "name": "", "steps": []}}]}""");

        signIn("admin", System.getenv("DAP_ADMIN_PASSWORD")).open("authoring/exchange.xhtml?system=" + system);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#importXliff input[type=file]")))
                .sendKeys(xliffFile.toString());
        wait.until(TextShown.inElement("messages", "4 translated texts of 1 items imported."));
        driver.findElement(By.cssSelector("#importJson input[type=file]")).sendKeys(brokenExport.toString());
        wait.until(TextShown.inElement("messages", "items[0]: name: required."));
        assertTrue(driver.findElement(By.id("messages")).getText().contains("items[0]: steps: a walk-thru has 1 to 100 steps."));

        JsonObject item = admin.get("api/v1/systems/" + system + "/items/" + id).json();
        assertEquals(4, item.getJsonObject("translations").getJsonObject("fr").size());
        assertEquals(1, admin.get("api/v1/systems/" + system + "/items").json().getInt("total"), "the broken export added nothing");

        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 1; i <= 2_000; i++) {
            many.add(Json.createObjectBuilder().add("id", i).add("document", Json.createObjectBuilder().add("type", "WALKTHRU")
                    .add("name", "Imported " + i).add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "POPUP")
                            .add("title", "Step of " + i)))));
        }
        Path largeExport = Files.writeString(Files.createTempFile("waymark", ".json"), Json.createObjectBuilder()
                .add("format", "waymark-content").add("version", 1).add("elements", Json.createArrayBuilder()).add("items", many).build().toString());
        driver.findElement(By.cssSelector("#importJson input[type=file]")).sendKeys(largeExport.toString());
        // the import runs off the request, and the page shows how far it has come until it ends, also after a reload
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("importing:progress")));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("importing:progress")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#importJson input[type=file]"))).sendKeys(brokenExport.toString());
        wait.until(TextShown.inElement("messages", "is running, started by admin"));
        new WebDriverWait(driver, Duration.ofMinutes(3)).until(TextShown.inElement("messages", "items and 0 library elements imported as drafts."));
        assertTrue(driver.findElements(By.id("importing:progress")).isEmpty(), "the progress goes once the import ended");
        assertEquals(2_001, admin.get("api/v1/systems/" + system + "/items").json().getInt("total"), "one import, not two");
        assertTrue(admin.get("api/v1/audit?action=content.import&outcome=FAILURE&max=5").json().getJsonArray("events").stream()
                .anyMatch(event -> event.asJsonObject().getString("target").equals("system " + system)), "the refused import is audited");
        Files.delete(xliffFile);
        Files.delete(brokenExport);
        Files.delete(largeExport);
    }

    private static String system(Api admin) {
        String key = Api.unique("crm");
        Api.Answer created = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", key).add("name", "CRM " + key)
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build());
        assertEquals(201, created.status(), created::toString);
        return key.toLowerCase(Locale.ROOT);
    }

    private static long item(Api admin, String system) {
        Api.Answer created = admin.post("api/v1/systems/" + system + "/items", Json.createReader(new StringReader("""
                {"type": "WALKTHRU", "name": "Create an opportunity", "steps": [
                  {"kind": "BALLOON", "title": "New", "body": "Click <b>New</b> to start", "element": {"selector": "#new"}},
                  {"kind": "POPUP", "title": "Done", "body": "That is all"}]}""")).readObject());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }
}
