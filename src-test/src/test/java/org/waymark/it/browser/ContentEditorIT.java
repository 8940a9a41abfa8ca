package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.Api;
import org.waymark.it.support.DemoApplication;
import org.waymark.it.support.HostileText;
import org.waymark.it.support.TextShown;

/**
 * An administrator adds a system; an author captures elements on a live page of it, builds a walk-thru
 * from them in the designer, reorders it by dragging and submits it; a Publisher approves it. Hostile
 * text typed into any field stays inert and is stored sanitized.
 */
class ContentEditorIT extends BrowserTest {

    private static final String PASSWORD = "content-secret-4711";
    private static final String ISSUE_WALKTHRU = """
            {"type": "WALKTHRU", "name": "Create an opportunity", "steps": [
              {"kind": "BALLOON", "title": "New", "body": "Click <b>New</b> to start",
               "element": {"selector": "#new-opportunity", "text": "New"}},
              {"kind": "POPUP", "title": "Done", "body": "That is all"}]}""";
    private static final Pattern ACTIVE = Pattern.compile("(?is)<(script|img|svg|iframe|style)|\\son[a-z]+\\s*=|javascript:|style\\s*=");

    @Test
    void anAuthorCapturesElementsBuildsAndReordersAWalkthruAndAPublisherApprovesIt() throws IOException {
        Api admin = Api.admin(base);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String system = Api.unique("deals");
        EditorPage administrator = signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));
        administrator.open("authoring/systems.xhtml");
        type(driver, "system:key", system);
        type(driver, "system:name", "Deals");
        type(driver, "system:urlPatterns", "http://127.0.0.1:*/demo/*");
        click(driver, wait, "system:add");
        wait.until(TextShown.inElement("messages", "System Deals added."));
        administrator.signOut();
        long systemId = admin.get("api/v1/systems/" + system).json().getJsonNumber("id").longValue();
        String author = user(admin, "CONTENT_CREATOR", systemId);
        String publisher = user(admin, "PUBLISHER", systemId);
        try (DemoApplication demo = DemoApplication.serving("<script async src=\"" + base + "p/" + system + "/test/loader.js\"></script>")) {
            EditorPage editor = signIn(author, PASSWORD);
            assertTrue(editor.menu().contains("content"), editor.menu().toString());
            editor.open("authoring/content.xhtml?system=" + system);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".new-WALKTHRU"))).click();
            wait.until(TextShown.inElement("heading", "New walk-thru"));
            type(driver, "item:name", "Create a deal");
            click(driver, wait, "item:save");
            WebElement onTheField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//input[@id='item:step_selector']/following-sibling::*[contains(@class, 'ui-message-error')]")));
            assertEquals("The element it points at, with its selector.", onTheField.getText().strip(), "the step's problem is on its field");
            assertTrue(driver.findElement(By.id("messages")).getText().contains("Step 1: a balloon shows a title, a body or both."));
            assertEquals(1, driver.findElements(By.cssSelector("tr.step-row.wm-invalid")).size(), "the step is marked in the list");

            captureOnTheLivePage(driver, wait, demo);
            assertEquals(2, driver.findElements(By.cssSelector(".wm-inbox-entry")).size());
            Api.Answer inbox = Api.basic(base, author, PASSWORD).get("api/v1/systems/" + system + "/captures");
            assertFalse(inbox.body().contains(DemoApplication.SECRET_VALUE), "an input's value never leaves the page: " + inbox);
            assertCapturedAsThePageHasThem(inbox.array().stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(captured -> captured.getString("selector"), captured -> captured.getJsonObject("descriptor"))),
                    demo);
            WebElement button = inboxEntry(driver, "#new-opportunity");
            button.findElement(By.cssSelector("input.captured-name")).sendKeys("New deal button");
            idle(wait);
            button.findElement(By.cssSelector(".captured-file")).click();
            wait.until(d -> d.findElements(By.cssSelector(".wm-inbox-entry")).size() == 1);
            wait.until(TextShown.inElement("messages", "Element New deal button added to the library."));

            new Select(driver.findElement(By.id("item:step_library"))).selectByVisibleText("New deal button");
            click(driver, wait, "item:step_useLibrary");
            wait.until(ExpectedConditions.attributeToBe(By.id("item:step_selector"), "value", "#new-opportunity"));
            assertEquals("New", driver.findElement(By.id("item:step_text")).getAttribute("value"));
            type(driver, "item:stepTitle", "Start here");
            type(driver, "item:stepBody", "Click <b>New</b> to start");
            addStep(driver, wait, 2);
            idle(wait);
            inboxEntry(driver, "#amount").findElement(By.cssSelector(".captured-use")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("item:step_selector"), "value", "#amount"));
            wait.until(d -> d.findElements(By.cssSelector(".wm-inbox-entry")).isEmpty());
            type(driver, "item:stepTitle", "Amount");
            type(driver, "item:stepBody", "Type the gross amount");
            // the author marks "gross" and clicks Italic, typing no tag
            ((JavascriptExecutor) driver).executeScript("arguments[0].setSelectionRange(9, 14)", driver.findElement(By.id("item:stepBody")));
            driver.findElement(By.cssSelector("#item\\:stepEditor .rich-italic")).click();
            assertEquals("Type the <i>gross</i> amount", driver.findElement(By.id("item:stepBody")).getAttribute("value"));
            wait.until(TextShown.inSelection("#item\\:preview .wm-balloon-body i", "gross"));
            addStep(driver, wait, 3);
            new Select(driver.findElement(By.id("item:kind"))).selectByValue("POPUP");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("item:step_selector")));
            type(driver, "item:stepTitle", "Done");
            type(driver, "item:stepBody", "That is <b>all</b>");
            wait.until(TextShown.inSelection("#item\\:preview .wm-balloon-body b", "all"));
            click(driver, wait, "item:save");
            wait.until(TextShown.inElement("messages", "Create a deal saved as revision 1."));
            assertEquals(List.of("Start here", "Amount", "Done"), stepTitles(driver));

            WebElement done = driver.findElements(By.cssSelector("tr.step-row td.wm-handle")).get(2);
            WebElement first = driver.findElements(By.cssSelector("tr.step-row td.wm-handle")).get(0);
            new Actions(driver).clickAndHold(done).moveByOffset(0, -10).moveToElement(first).moveByOffset(0, -8).pause(Duration.ofMillis(300))
                    .release().perform();
            // the list is rendered again after the drop
            wait.until(driver1 -> stepTitles(driver1).equals(List.of("Done", "Start here", "Amount")));
            click(driver, wait, "item:save");
            wait.until(TextShown.inElement("messages", "Create a deal saved as revision 2."));
            assertEquals(List.of("Done", "Start here", "Amount"), stepTitles(driver), "the order was saved");
            click(driver, wait, "review:submit");
            wait.until(TextShown.inElement("state", "In review"));
            assertTrue(driver.findElements(By.id("review:approve")).isEmpty(), "a Content Creator is offered no approval");
            editor.signOut();

            EditorPage reviewer = signIn(publisher, PASSWORD);
            assertTrue(reviewer.menu().contains("reviews"), reviewer.menu().toString());
            reviewer.open("authoring/reviews.xhtml");
            WebElement waiting = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Create a deal")));
            assertTrue(driver.findElement(By.id("queue")).getText().contains(author));
            waiting.click();
            wait.until(TextShown.inElement("heading", "Create a deal"));
            type(driver, "review:comment", "Clear and short");
            click(driver, wait, "review:approve");
            wait.until(TextShown.inElement("state", "Approved"));
            List<WebElement> revisions = driver.findElements(By.cssSelector("#history\\:revisions tbody tr"));
            assertEquals(2, revisions.size());
            assertTrue(revisions.get(0).getText().contains("2 ✓"), revisions.get(0).getText());
            assertTrue(revisions.get(0).getText().contains("Approved · " + publisher + ": Clear and short"), revisions.get(0).getText());
            assertTrue(revisions.get(0).getText().contains("steps (order)"), "the history shows the change of order");
            assertTrue(revisions.get(1).getText().contains("created"), revisions.get(1).getText());
            String id = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            JsonObject item = admin.get("api/v1/systems/" + system + "/items/" + id).json();
            Map<String, Long> library = admin.get("api/v1/systems/" + system + "/elements").array().stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(element -> element.getString("name"), element -> element.getJsonNumber("id").longValue()));
            assertEquals(library.get("New deal button"),
                    item.getJsonArray("steps").getJsonObject(1).getJsonObject("element").getJsonNumber("elementId").longValue(),
                    "the step names the library element");
            assertEquals(library.get("Amount"),
                    item.getJsonArray("steps").getJsonObject(2).getJsonObject("element").getJsonNumber("elementId").longValue(),
                    "an element used straight from the inbox went into the library under the name its label gives");
        }
    }

    @Test
    void hostileTextTypedIntoEveryFieldOfEveryItemStaysInertAndIsStoredSanitized() {
        Api admin = Api.admin(base);
        String system = system(admin);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));

        for (String hostile : HostileText.ALL.stream().filter(text -> text != HostileText.TOO_LONG).toList()) {
            JsonObject shoutOut = saved(driver, wait, admin, system, "SHOUT_OUT", () -> {
                type(driver, "item:name", hostile);
                type(driver, "item:title", hostile);
                type(driver, "item:body", hostile);
                driver.findElement(By.cssSelector("#item\\:display legend")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item:display_userAttributes")));
                type(driver, "item:display_userAttributes", "department = " + hostile);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#item\\:bodyPreview .wm-balloon")));
                assertInert(driver);
            });
            assertEquals(hostile.strip(), driver.findElement(By.id("heading")).getText().strip(), "the name shows as text");
            assertEquals(hostile.strip(), shoutOut.getString("title"));
            assertSanitized(shoutOut.getString("body"));
            assertEquals(hostile.strip(), shoutOut.getJsonObject("display").getJsonArray("userAttributes").getJsonObject(0).getString("value"));

            JsonObject walkthru = saved(driver, wait, admin, system, "WALKTHRU", () -> {
                type(driver, "item:name", "Walk-thru");
                type(driver, "item:description", hostile);
                type(driver, "item:step_selector", "#x");
                type(driver, "item:step_text", hostile);
                type(driver, "item:stepTitle", hostile);
                type(driver, "item:stepBody", hostile);
                idle(wait);
                assertInert(driver);
            });
            assertEquals(hostile.strip(), TextShown.ofAll(driver, "tr.step-row .step-title").getFirst().strip(), "the step's title shows as text");
            JsonObject step = walkthru.getJsonArray("steps").getJsonObject(0);
            assertEquals(hostile.strip(), walkthru.getString("description"));
            assertEquals(hostile.strip(), step.getString("title"));
            assertEquals(hostile.strip(), step.getJsonObject("element").getString("text"));
            assertSanitized(step.getString("body"));

            String[] typed = new String[3];
            JsonObject launcher = saved(driver, wait, admin, system, "LAUNCHER", () -> {
                type(driver, "item:name", "Launcher");
                typed[0] = type(driver, "item:label", hostile);
                type(driver, "item:url", "https://help.example.com/");
                type(driver, "item:element_selector", "#x");
                new Select(driver.findElement(By.id("item:launcherPosition"))).selectByValue("LEFT");
            });
            assertEquals(typed[0].strip(), launcher.getString("label"), "the label as the field took it (at most 60 characters)");
            assertEquals("LEFT", launcher.getString("position"));

            JsonObject menu = saved(driver, wait, admin, system, "RESOURCE_MENU", () -> {
                type(driver, "item:name", "Menu");
                typed[0] = type(driver, "item:title", hostile);
                // a new menu starts with one section
                typed[1] = typeInto(driver.findElement(By.cssSelector("input[id$=':sectionTitle']")), hostile);
                driver.findElement(By.cssSelector(".wm-section button.add-entry")).click();
                idle(wait);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input.entry-title")));
                typed[2] = typeInto(driver.findElement(By.cssSelector("input.entry-title")), hostile);
                typeInto(driver.findElement(By.cssSelector("input.entry-url")), "https://help.example.com/");
            });
            assertEquals(typed[0].strip(), menu.getString("title"));
            JsonObject section = menu.getJsonArray("sections").getJsonObject(0);
            assertEquals(typed[1].strip(), section.getString("title"));
            assertEquals(typed[2].strip(), section.getJsonArray("entries").getJsonObject(0).getString("title"));

            driver.get(base + "authoring/content.xhtml?system=" + system);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.item-link")));
            assertInert(driver);
            assertTrue(TextShown.ofAll(driver, "a.item-link").stream().anyMatch(name -> name.strip().equals(hostile.strip())),
                    () -> "the name is listed as text: " + hostile);
        }
    }

    @Test
    void aResourceMenusSectionsAndEntriesAreReordered() {
        Api admin = Api.admin(base);
        String system = system(admin);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));

        JsonObject menu = saved(driver, wait, admin, system, "RESOURCE_MENU", () -> {
            type(driver, "item:name", "Help");
            type(driver, "item:title", "Help");
            click(driver, wait, "item:addSection");
            click(driver, wait, "item:addSection");
            click(driver, wait, "item:save");
            wait.until(TextShown.inElement("messages", "Section 3, title: required."));
            driver.findElements(By.cssSelector(".wm-section button.remove-section")).get(2).click();
            idle(wait);
            List<WebElement> sections = driver.findElements(By.cssSelector("input[id$=':sectionTitle']"));
            typeInto(sections.get(0), "First");
            typeInto(sections.get(1), "Second");
            driver.findElements(By.cssSelector(".wm-section button.add-entry")).get(0).click();
            idle(wait);
            driver.findElements(By.cssSelector(".wm-section button.add-entry")).get(0).click();
            idle(wait);
            List<WebElement> titles = driver.findElements(By.cssSelector("input.entry-title"));
            List<WebElement> urls = driver.findElements(By.cssSelector("input.entry-url"));
            typeInto(titles.get(0), "A");
            typeInto(urls.get(0), "https://help.example.com/a");
            typeInto(titles.get(1), "B");
            typeInto(urls.get(1), "https://help.example.com/b");
            driver.findElements(By.cssSelector("button.entry-down")).get(0).click();
            idle(wait);
            wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.querySelector('input.entry-title').value").equals("B"));
            driver.findElements(By.cssSelector("button.section-down")).get(0).click();
            idle(wait);
            wait.until(d -> ((JavascriptExecutor) d).executeScript(
                    "return document.querySelector(\"input[id$=':sectionTitle']\").value").equals("Second"));
        });
        List<JsonObject> sections = menu.getJsonArray("sections").getValuesAs(JsonObject.class);
        assertEquals(List.of("Second", "First"), sections.stream().map(section -> section.getString("title")).toList());
        assertEquals(List.of("B", "A"), sections.get(1).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("title")).toList());
    }

    @Test
    void anOverlongBodyIsRefusedOnItsFieldAndNothingIsStored() {
        Api admin = Api.admin(base);
        String system = system(admin);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));

        driver.get(base + "authoring/item.xhtml?system=" + system + "&type=SHOUT_OUT");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("item:name")));
        type(driver, "item:name", "Long");
        type(driver, "item:title", "Long");
        // 25,000 characters: set as a paste would, typing them key by key takes minutes
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("item:body")),
                HostileText.TOO_LONG);
        click(driver, wait, "item:save");
        wait.until(TextShown.inSelection("#item\\:body ~ .ui-message-error", "At most 5000 characters"));
        assertEquals(0, admin.get("api/v1/systems/" + system + "/items").json().getInt("total"), "nothing was stored");
    }

    @Test
    void hostileTextInReviewsTranslationsAndTheLibraryStaysInert() throws IOException {
        Api admin = Api.admin(base);
        String system = system(admin);
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Api.Answer element = admin.post("api/v1/systems/" + system + "/elements", Json.createObjectBuilder().add("name", "Button")
                .add("descriptor", Json.createObjectBuilder().add("selector", "#x").add("matchCount", 1).add("tag", "button")
                        .add("text", HostileText.ALL.get(1)).add("pageUrl", "http://127.0.0.1:8123/demo/")).build());
        assertEquals(201, element.status(), element::toString);
        String items = "api/v1/systems/" + system + "/items";
        String reviewer = Api.unique("publisher");
        admin.createUser(reviewer, PASSWORD);
        Api.grant(base, reviewer, "PUBLISHER", admin.get("api/v1/systems/" + system).json().getJsonNumber("id").longValue());

        for (String hostile : List.of(HostileText.ALL.get(0), HostileText.ALL.get(6), HostileText.ALL.get(7), HostileText.ALL.get(10),
                HostileText.ALL.get(11))) {
            long id = admin.post(items, json(ISSUE_WALKTHRU)).json().getJsonNumber("id").longValue();
            assertEquals(200, admin.post(items + "/" + id + "/submit", null).status());

            EditorPage editor = signIn(reviewer, PASSWORD);
            editor.open("authoring/reviews.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
            assertInert(driver);
            driver.get(base + "authoring/item.xhtml?system=" + system + "&id=" + id);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("review:comment")));
            type(driver, "review:comment", hostile);
            click(driver, wait, "review:reject");
            wait.until(TextShown.inElement("state", "Draft"));
            assertInert(driver);
            assertTrue(driver.findElement(By.id("history:revisions")).getText().contains(hostile.strip()), "the comment shows as text");
            editor.signOut();

            signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));
            driver.get(base + "authoring/translate.xhtml?system=" + system + "&id=" + id + "&locale=de");
            WebElement title = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea.translation")));
            assertInert(driver);
            typeInto(title, hostile);
            click(driver, wait, "translation:save");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info, .ui-messages-error")));
            assertInert(driver);
            JsonObject german = admin.get(items + "/" + id).json().getJsonObject("translations").getJsonObject("de");
            String firstText = german.keySet().iterator().next();
            assertEquals(hostile.strip(), german.getString(firstText), "a translated title is kept as data");

            driver.get(base + "authoring/elements.xhtml?system=" + system);
            WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.library-name-input")));
            String typed = typeInto(name, hostile);
            driver.findElement(By.cssSelector("button[id$=':rename']")).click();
            wait.until(TextShown.inElement("messages", "Element renamed to"));
            assertInert(driver);
            assertEquals(typed.strip(), admin.get("api/v1/systems/" + system + "/elements/" + element.json().getJsonNumber("id")).json()
                    .getString("name"));
            editor.signOut();
        }
    }

    /** Opens a new item of the type, lets {@code fill} type into it, saves it, and reads what was stored. */
    private JsonObject saved(WebDriver driver, WebDriverWait wait, Api admin, String system, String type, Runnable fill) {
        driver.get(base + "authoring/item.xhtml?system=" + system + "&type=" + type);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("item:name")));
        fill.run();
        click(driver, wait, "item:save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info, .ui-messages-error, .ui-message-error")));
        assertTrue(driver.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty(),
                () -> "refused: " + TextShown.ofAll(driver, ".ui-messages-error, .ui-message-error"));
        wait.until(TextShown.inElement("messages", "saved as revision 1"));
        assertInert(driver);
        return admin.get("api/v1/systems/" + system + "/items/" + driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1")).json();
    }

    private static void assertSanitized(String stored) {
        assertFalse(ACTIVE.matcher(stored).find(), () -> "stored: " + stored);
    }

    /** No alert, the title as the page set it (a hostile name may contain the word, as text), no injected element. */
    private static void assertInert(WebDriver driver) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script opened an alert");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertNotEquals("pwned", ((JavascriptExecutor) driver).executeScript("return document.title"));
        assertTrue(driver.findElements(By.cssSelector(".wm-main img[src='x'], .wm-main svg[onload], .wm-main script:not([nonce])")).isEmpty(),
                "no injected element in the page");
    }

    /** Starts a capture, which opens the demo page in a new tab, clicks two elements there, and comes back. */
    private static void captureOnTheLivePage(WebDriver driver, WebDriverWait wait, DemoApplication demo) {
        type(driver, "item:capturePage", demo.page());
        String editor = driver.getWindowHandle();
        click(driver, wait, "item:startCapture");
        wait.until(d -> d.getWindowHandles().size() == 2);
        assertTrue(driver.findElement(By.id("item:captureLink")).isDisplayed(), "the link stays, should a browser block the tab");
        driver.switchTo().window(driver.getWindowHandles().stream().filter(handle -> !handle.equals(editor)).findFirst().orElseThrow());
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("waymark-capture-banner")));
        assertFalse(driver.getCurrentUrl().contains("waymark-capture"), "the token left the address");
        new Actions(driver).moveToElement(driver.findElement(By.id("new-opportunity"))).click().perform();
        wait.until(ExpectedConditions.textToBePresentInElement(banner, "Sent #new-opportunity"));
        new Actions(driver).moveToElement(driver.findElement(By.id("amount"))).click().perform();
        wait.until(ExpectedConditions.textToBePresentInElement(banner, "Sent #amount"));
        driver.close();
        driver.switchTo().window(editor);
        wait.until(d -> d.findElements(By.cssSelector(".wm-inbox-entry")).size() == 2);
    }

    /** What the overlay recorded of the two elements, against the demo page's markup. */
    private static void assertCapturedAsThePageHasThem(Map<String, JsonObject> captured, DemoApplication demo) {
        JsonObject button = captured.get("#new-opportunity");
        assertEquals("button", button.getString("tag"));
        assertEquals("new-opportunity", button.getString("id"), "a written id is kept, though it has a short prefix");
        assertEquals(List.of("btn", "btn-primary"), button.getJsonArray("classes").getValuesAs(JsonString::getString),
                "the generated class sc-AxjAm is dropped");
        assertEquals("new", button.getJsonObject("testAttributes").getString("data-testid"));
        assertEquals("button", button.getString("role"));
        assertEquals("New", button.getString("accessibleName"));
        assertEquals("New", button.getString("text"));
        assertEquals(1, button.getInt("matchCount"));
        assertEquals(0, button.getInt("siblingIndex"), "the first of the toolbar's buttons with its classes");
        assertEquals("body > main:nth-of-type(1) > div:nth-of-type(1) > button:nth-of-type(1)", button.getString("cssPath"));
        assertEquals(List.of("main"), button.getJsonArray("landmarks").getValuesAs(JsonString::getString));
        assertEquals(demo.page(), button.getString("pageUrl"));
        assertEquals(demo.page(), button.getString("urlPattern"));
        JsonObject amount = captured.get("#amount");
        assertEquals("input", amount.getString("tag"));
        assertEquals("textbox", amount.getString("role"));
        assertEquals("Amount", amount.getString("label"));
        assertEquals("Amount", amount.getString("accessibleName"));
        assertFalse(amount.containsKey("text"), "a field's own text is its value, which stays on the page");
        assertEquals(List.of("form", "main"), amount.getJsonArray("landmarks").getValuesAs(JsonString::getString));
    }

    private static WebElement inboxEntry(WebDriver driver, String selector) {
        return driver.findElements(By.cssSelector(".wm-inbox-entry")).stream()
                .filter(entry -> entry.findElement(By.cssSelector(".captured-selector")).getText().equals(selector)).findFirst().orElseThrow();
    }

    private static void addStep(WebDriver driver, WebDriverWait wait, int number) {
        click(driver, wait, "item:addStep");
        wait.until(TextShown.inSelection("#item\\:stepEditor legend", "Step " + number));
    }

    private static List<String> stepTitles(WebDriver driver) {
        return TextShown.ofAll(driver, "tr.step-row .step-title");
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String system(Api admin) {
        String key = Api.unique("deals");
        Api.Answer created = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", key).add("name", "Deals " + key)
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build());
        assertEquals(201, created.status(), created::toString);
        return key;
    }

    private String user(Api admin, String role, long systemId) {
        String username = Api.unique(role.toLowerCase(Locale.ROOT).replace('_', '-'));
        admin.createUser(username, PASSWORD);
        Api.grant(base, username, role, systemId);
        return username;
    }

    /** After PrimeFaces has sent what typing queued (live previews), so that no request overtakes another. */
    private static void click(WebDriver driver, WebDriverWait wait, String id) {
        idle(wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        idle(wait);
    }

    private static void idle(WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !window.jQuery.active)")));
    }

    /** @return what the field holds then: a browser stops typing at the field's maximum length */
    private static String type(WebDriver driver, String id, String text) {
        return typeInto(driver.findElement(By.id(id)), text);
    }

    private static String typeInto(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
        return field.getAttribute("value");
    }
}
