package org.waymark.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.HostileText;
import org.waymark.it.support.MicroDeployment;

/** Authored items over /api/v1/systems/{key}/items: the issue's request, every type, review, translation, and who may do what. */
@ExtendWith(ArquillianExtension.class)
class ItemsApiIT {

    /** The request of the authoring issue, as written. */
    static final String ISSUE_WALKTHRU = """
            {"type": "WALKTHRU", "name": "Create an opportunity", "steps": [
              {"kind": "BALLOON", "title": "New", "body": "Click <b>New</b> to start",
               "element": {"selector": "#new-opportunity", "text": "New"}},
              {"kind": "POPUP", "title": "Done", "body": "That is all"}]}""";

    private static final Pattern ACTIVE = Pattern.compile("(?is)<(script|img|svg|iframe|style|textarea)|\\son[a-z]+\\s*=|javascript:|style\\s*=|expression\\(");
    private static final String PASSWORD = "content-secret-4711";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    private String root;
    private Api admin;

    @BeforeEach
    void connect() {
        root = MicroDeployment.root(deployed);
        admin = Api.admin(root);
    }

    @Test
    void theIssuesWalkthruComesBackInTheSameShape() {
        String crm = system();

        Api.Answer created = admin.post("api/v1/systems/" + crm + "/items", json(ISSUE_WALKTHRU));

        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject item = admin.get("api/v1/systems/" + crm + "/items/" + id).json();
        assertEquals("WALKTHRU", item.getString("type"));
        assertEquals("Create an opportunity", item.getString("name"));
        assertEquals("DRAFT", item.getString("state"));
        assertEquals(1, item.getInt("revision"));
        JsonArray steps = item.getJsonArray("steps");
        assertEquals(2, steps.size());
        JsonObject balloon = steps.getJsonObject(0);
        assertEquals("BALLOON", balloon.getString("kind"));
        assertEquals("New", balloon.getString("title"));
        assertEquals("Click <b>New</b> to start", balloon.getString("body"));
        assertEquals("#new-opportunity", balloon.getJsonObject("element").getString("selector"));
        assertEquals("New", balloon.getJsonObject("element").getString("text"));
        JsonObject popup = steps.getJsonObject(1);
        assertEquals("POPUP", popup.getString("kind"));
        assertEquals("That is all", popup.getString("body"));
        assertFalse(popup.containsKey("element"));
        assertEquals(200, admin.put("api/v1/systems/" + crm + "/items/" + id, item).status(), "what was read can be sent back");
        assertEquals(1, admin.get("api/v1/systems/" + crm + "/items/" + id).json().getInt("revision"), "an unchanged save writes nothing");
    }

    @Test
    void everyTypeWithItsFieldsAndDisplayRules() {
        String system = system();
        long walkthru = create(admin, system, json(ISSUE_WALKTHRU));
        String items = "api/v1/systems/" + system + "/items";
        JsonObject display = json("""
                {"urlPatterns": ["https://app.example.com/deals/*"], "elementPresent": {"selector": "#deal-form"},
                 "userAttributes": [{"name": "department", "value": "sales"}], "from": "2027-01-01T00:00:00Z",
                 "until": "2027-02-01T00:00:00Z", "priority": 5}""");
        long tip = create(admin, system, Json.createObjectBuilder(json("""
                {"type": "SMART_TIP", "name": "Amount tip", "tags": ["sales", "Forms"], "element": {"selector": "input[name=amount]"},
                 "tipStyle": "FOCUS", "required": true, "body": "Gross amount, <i>in euro</i>"}""")).add("display", display).build());
        long launcher = create(admin, system, Json.createObjectBuilder().add("type", "LAUNCHER").add("name", "Start the tour")
                .add("label", "Tour").add("element", Json.createObjectBuilder().add("selector", "#help")).add("walkthru", walkthru).build());
        long shoutOut = create(admin, system, json("""
                {"type": "SHOUT_OUT", "name": "Release 5", "title": "What's new", "body": "<ul><li>Deals</li><li>Quotes</li></ul>",
                 "frequency": "ONCE_PER_SESSION", "description": "announces the release"}"""));
        long menu = create(admin, system, Json.createObjectBuilder().add("type", "RESOURCE_MENU").add("name", "Help menu").add("title", "Help")
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Getting started")
                        .add("entries", Json.createArrayBuilder().add(Json.createObjectBuilder().add("walkthru", walkthru))
                                .add(Json.createObjectBuilder().add("title", "Handbook").add("url", "https://help.example.com/")))))
                .build());

        JsonObject storedTip = admin.get(items + "/" + tip).json();
        assertEquals("FOCUS", storedTip.getString("tipStyle"));
        assertTrue(storedTip.getBoolean("required"));
        assertEquals(5, storedTip.getJsonObject("display").getInt("priority"));
        assertEquals("EQUALS", storedTip.getJsonObject("display").getJsonArray("userAttributes").getJsonObject(0).getString("operator"));
        assertEquals(walkthru, admin.get(items + "/" + launcher).json().getJsonNumber("walkthru").longValue());
        assertEquals("ONCE_PER_SESSION", admin.get(items + "/" + shoutOut).json().getString("frequency"));
        JsonObject section = admin.get(items + "/" + menu).json().getJsonArray("sections").getJsonObject(0);
        assertEquals(2, section.getJsonArray("entries").size());
        assertTrue(section.getString("id").length() > 0, "sections get stable ids");

        Api.Answer notAWalkthru = admin.post(items, Json.createObjectBuilder().add("type", "LAUNCHER").add("name", "Broken")
                .add("label", "x").add("element", Json.createObjectBuilder().add("selector", "#x")).add("walkthru", tip).build());
        assertEquals(400, notAWalkthru.status());
        assertTrue(notAWalkthru.json().getString("detail").contains("there is no walk-thru " + tip), notAWalkthru::toString);

        JsonObject page = admin.get(items + "?sort=name&order=asc&max=2").json();
        assertEquals(5, page.getInt("total"));
        assertEquals(List.of("Amount tip", "Create an opportunity"), names(page));
        assertEquals(List.of("Help menu", "Release 5"), names(admin.get(items + "?sort=name&order=asc&first=2&max=2").json()));
        assertEquals(List.of("Amount tip"), names(admin.get(items + "?tag=sales").json()));
        assertEquals(List.of("Release 5"), names(admin.get(items + "?q=ANNOUNCES").json()), "search takes the description, any case");
        assertEquals(List.of("Help menu", "Start the tour"), names(admin.get(items + "?type=LAUNCHER,RESOURCE_MENU&sort=name").json()));
        assertEquals(400, admin.get(items + "?type=VIDEO").status());
        assertEquals(0, admin.get(items + "?q=100%25").json().getInt("total"), "a % is searched for, not a wildcard");
    }

    @Test
    void aCreatorSubmitsAPublisherApprovesAndANewDraftLeavesTheApprovedRevision() {
        String system = system();
        long systemId = admin.get("api/v1/systems/" + system).json().getJsonNumber("id").longValue();
        Api creator = user("CONTENT_CREATOR", systemId);
        Api publisher = user("PUBLISHER", systemId);
        String item = "api/v1/systems/" + system + "/items/" + create(creator, system, json(ISSUE_WALKTHRU));

        assertEquals(409, publisher.post(item + "/approve", null).status(), "a draft is not in review");
        assertEquals("IN_REVIEW", creator.post(item + "/submit", null).json().getString("state"));
        assertEquals(403, creator.post(item + "/approve", null).status(), "a Content Creator cannot approve");
        assertTrue(publisher.get("api/v1/reviews").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(waiting -> waiting.getJsonObject("item").getString("name").equals("Create an opportunity")
                        && waiting.getJsonObject("item").getString("system").equals(system)), "it waits in the publisher's queue");
        Api.Answer rejected = publisher.post(item + "/reject", Json.createObjectBuilder().add("comment", "Say where New is").build());
        assertEquals("DRAFT", rejected.json().getString("state"), rejected::toString);
        assertEquals(400, publisher.post(item + "/reject", null).status(), "sending back needs a comment");
        assertEquals(409, creator.post(item + "/submit", null).status(), "a revision sent back is changed before it is submitted again");

        JsonObject read = creator.get(item).json();
        JsonObject changed = Json.createObjectBuilder(read).add("steps", Json.createArrayBuilder(read.getJsonArray("steps"))
                .set(0, Json.createObjectBuilder(read.getJsonArray("steps").getJsonObject(0)).add("title", "New, top right"))).build();
        assertEquals(2, creator.put(item, changed).json().getInt("revision"));
        assertEquals(409, creator.put(item, read).status(), "revision 1 was read; revision 2 is not overwritten");
        creator.post(item + "/submit", null);
        JsonObject approved = publisher.post(item + "/approve", Json.createObjectBuilder().add("comment", "Fine").build()).json();
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals(2, approved.getInt("approvedRevision"));

        JsonObject again = Json.createObjectBuilder(creator.get(item).json()).add("name", "Create an opportunity (v2)").build();
        JsonObject draft = creator.put(item, again).json();
        assertEquals("DRAFT", draft.getString("state"));
        assertEquals(3, draft.getInt("revision"));
        assertEquals(2, draft.getInt("approvedRevision"), "the approved revision stays for publishing");
        assertEquals("Create an opportunity", creator.get(item + "/revisions/2").json().getString("name"));

        JsonArray history = creator.get(item + "/revisions").array();
        assertEquals(List.of(3, 2, 1), history.stream().map(r -> r.asJsonObject().getInt("number")).toList());
        JsonObject second = history.getJsonObject(1);
        assertTrue(second.getBoolean("approved"));
        assertEquals("APPROVED", second.getString("decision"));
        assertEquals(List.of("steps." + read.getJsonArray("steps").getJsonObject(0).getString("id") + ".title"),
                second.getJsonArray("changes").stream().map(c -> c.asJsonObject().getString("field")).toList());
        assertEquals("REJECTED", history.getJsonObject(2).getString("decision"));
        assertEquals("Say where New is", history.getJsonObject(2).getString("reviewComment"));

        JsonObject restored = creator.post(item + "/revisions/1/restore", null).json();
        assertEquals(4, restored.getInt("revision"));
        assertEquals("New", restored.getJsonArray("steps").getJsonObject(0).getString("title"));
        assertEquals(2, restored.getInt("approvedRevision"));
        creator.post(item + "/submit", null);
        assertEquals(409, creator.post(item + "/submit", null).status(), "already in review");
        assertEquals(400, creator.put(item + "/owner", Json.createObjectBuilder().add("owner", Api.unique("nobody")).build()).status(),
                "only a user who may edit the system's content owns its items");
        String colleague = Api.unique("colleague");
        admin.createUser(colleague, PASSWORD);
        Api.grant(root, colleague, "CONTENT_CREATOR", systemId);
        assertEquals(colleague, creator.put(item + "/owner", Json.createObjectBuilder().add("owner", colleague).build()).json()
                .getString("owner"));
    }

    @Test
    void nobodyApprovesTheirOwnRevision() {
        String system = system();
        String item = "api/v1/systems/" + system + "/items/" + create(admin, system, json(ISSUE_WALKTHRU));
        admin.post(item + "/submit", null);

        Api.Answer own = admin.post(item + "/approve", null);

        assertEquals(409, own.status(), own::toString);
        assertTrue(own.json().getString("detail").contains("another reviewer"), own::toString);
    }

    @Test
    void aTranslatorTranslatesTextsButCannotChangeSteps() {
        String system = system();
        long systemId = admin.get("api/v1/systems/" + system).json().getJsonNumber("id").longValue();
        Api translator = user("TRANSLATOR", systemId);
        String item = "api/v1/systems/" + system + "/items/" + create(admin, system, json(ISSUE_WALKTHRU));
        JsonObject read = translator.get(item).json();
        String stepId = read.getJsonArray("steps").getJsonObject(0).getString("id");

        Api.Answer translated = translator.put(item + "/translations/de", Json.createObjectBuilder()
                .add("steps." + stepId + ".title", "Neu").add("steps." + stepId + ".body", "Klicken Sie auf <b onmouseover=x>Neu</b>").build());

        assertEquals(200, translated.status(), translated::toString);
        JsonObject german = translated.json().getJsonObject("translations").getJsonObject("de");
        assertEquals("Klicken Sie auf <b>Neu</b>", german.getString("steps." + stepId + ".body"));
        assertEquals(403, translator.put(item, Json.createObjectBuilder(read).add("name", "Renamed").build()).status(),
                "a Translator cannot change the item itself");
        int translatedRevision = admin.get(item).json().getInt("revision");
        JsonArray reordered = Json.createArrayBuilder().add(read.getJsonArray("steps").get(1)).add(read.getJsonArray("steps").get(0)).build();
        assertEquals(403, translator.put(item, Json.createObjectBuilder(read).add("steps", reordered).build()).status(),
                "nor its steps");
        assertEquals(translatedRevision, admin.get(item).json().getInt("revision"), "which stay as they were");
        Api.Answer unknown = translator.put(item + "/translations/fr", Json.createObjectBuilder().add("steps.nope.title", "x").build());
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().getString("detail").contains("no such text"), unknown::toString);
        assertEquals(400, translator.put(item + "/translations/en", Json.createObjectBuilder().add("steps." + stepId + ".title", "x")
                .build()).status(), "the item's own locale is edited in the item");

        JsonObject withoutStep = Json.createObjectBuilder(admin.get(item).json()).add("steps", Json.createArrayBuilder()
                .add(read.getJsonArray("steps").get(1))).remove("translations").build();
        Api.Answer savedAnswer = admin.put(item, withoutStep);
        assertEquals(200, savedAnswer.status(), savedAnswer::toString);
        JsonObject saved = savedAnswer.json();
        assertFalse(saved.containsKey("translations") && saved.getJsonObject("translations").containsKey("de"),
                "the translations of a removed step go with it: " + saved);
    }

    @Test
    void aUserScopedToOneSystemDoesNotSeeAnother() {
        String mine = system();
        String other = system();
        long mineId = admin.get("api/v1/systems/" + mine).json().getJsonNumber("id").longValue();
        long otherItem = create(admin, other, json(ISSUE_WALKTHRU));
        Api creator = user("CONTENT_CREATOR", mineId);

        assertEquals(201, creator.post("api/v1/systems/" + mine + "/items", json(ISSUE_WALKTHRU)).status());
        assertEquals(403, creator.get("api/v1/systems/" + other + "/items").status());
        assertEquals(403, creator.get("api/v1/systems/" + other + "/items/" + otherItem).status());
        assertEquals(403, creator.post("api/v1/systems/" + other + "/items", json(ISSUE_WALKTHRU)).status());
        assertEquals(404, creator.get("api/v1/systems/" + mine + "/items/" + otherItem).status(), "an item is found only in its own system");
        assertEquals(404, creator.put("api/v1/systems/" + mine + "/items/" + otherItem, json(ISSUE_WALKTHRU)).status());
    }

    @Test
    void hostileTextIsStoredSanitizedOrRefusedInEveryTextField() {
        String system = system();
        String items = "api/v1/systems/" + system + "/items";
        long before = admin.get(items).json().getInt("total");
        int stored = 0;
        for (String hostile : HostileText.ALL) {
            for (JsonObject item : everyTextField(hostile)) {
                Api.Answer answer = admin.post(items, item);
                if (hostile.length() > 10_000) {
                    assertEquals(400, answer.status(), "too long: " + answer);
                    continue;
                }
                assertEquals(201, answer.status(), () -> hostile + ": " + answer);
                stored++;
                String id = items + "/" + answer.json().getJsonNumber("id").longValue();
                JsonObject read = admin.get(id).json();
                assertEquals(hostile.strip(), read.getString("name"), "plain text is kept as it is, as data");
                for (String rich : richTexts(read)) {
                    assertFalse(ACTIVE.matcher(rich).find(), () -> "active markup stored: " + rich);
                }
                Map<String, String> translations = new LinkedHashMap<>();
                translatedIds(read).forEach(textId -> translations.put(textId, hostile));
                Api.Answer translated = admin.put(id + "/translations/de", Json.createObjectBuilder(
                        Map.<String, Object>copyOf(translations)).build());
                assertEquals(200, translated.status(), translated::toString);
                JsonObject german = translated.json().getJsonObject("translations").getJsonObject("de");
                for (String textId : german.keySet()) {
                    if (textId.endsWith("body")) {
                        assertFalse(ACTIVE.matcher(german.getString(textId)).find(), () -> "active markup translated: " + german);
                    } else {
                        assertEquals(hostile.strip(), german.getString(textId), "plain translations are kept as data");
                    }
                }
            }
        }
        assertEquals(before + stored, admin.get(items).json().getInt("total"), "the refused ones left nothing behind");
        Api.Answer override = admin.post(items, Json.createObjectBuilder(json(ISSUE_WALKTHRU)).add("name", "evil\u202Etxt.exe").build());
        assertEquals(400, override.status(), "a direction override in plain text is refused");
    }

    @Test
    void everyStepKindAndWhatItDoesWhenItsElementIsMissing() {
        String items = "api/v1/systems/" + system() + "/items";
        Api.Answer created = admin.post(items, json("""
                {"type": "WALKTHRU", "name": "Every kind", "startUrl": "http://127.0.0.1:8123/demo/deals/new", "steps": [
                  {"kind": "WAIT_FOR", "urlPattern": "http://127.0.0.1:*/demo/deals/*", "waitSeconds": 30},
                  {"kind": "WAIT_FOR", "element": {"selector": "#amount"}, "whenMissing": "END"},
                  {"kind": "AUTO", "element": {"selector": "#amount"}, "advanceOn": "INPUT", "whenMissing": "WAIT", "waitSeconds": 5},
                  {"kind": "BALLOON", "title": "Save", "element": {"selector": "#save", "text": "Save", "requireText": true,
                   "ignoreClasses": true}, "position": "LEFT", "whenMissing": "CENTER"},
                  {"kind": "BALLOON", "title": "Close", "element": {"selector": "#close"}},
                  {"kind": "POPUP", "body": "Done"}]}"""));

        assertEquals(201, created.status(), created::toString);
        JsonObject stored = admin.get(items + "/" + created.json().getJsonNumber("id")).json();
        assertEquals("http://127.0.0.1:8123/demo/deals/new", stored.getString("startUrl"));
        List<JsonObject> steps = stored.getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals("http://127.0.0.1:*/demo/deals/*", steps.get(0).getString("urlPattern"));
        assertEquals(30, steps.get(0).getInt("waitSeconds"));
        assertEquals("WAIT", steps.get(0).getString("whenMissing"), "a wait-for step waits by default");
        assertEquals("END", steps.get(1).getString("whenMissing"));
        assertEquals(10, steps.get(1).getInt("waitSeconds"), "for 10 s unless told");
        assertEquals("INPUT", steps.get(2).getString("advanceOn"));
        assertEquals(5, steps.get(2).getInt("waitSeconds"));
        assertEquals("CENTER", steps.get(3).getString("whenMissing"));
        assertEquals("LEFT", steps.get(3).getString("position"));
        assertTrue(steps.get(3).getJsonObject("element").getBoolean("requireText"));
        assertTrue(steps.get(3).getJsonObject("element").getBoolean("ignoreClasses"));
        assertEquals("SKIP", steps.get(4).getString("whenMissing"), "a missing element is skipped by default");
        assertEquals("AUTO", steps.get(4).getString("position"));
        assertFalse(steps.get(5).containsKey("whenMissing"), "a pop-up needs no element");

        Api.Answer refused = admin.post(items, json("""
                {"type": "WALKTHRU", "name": "Wrong", "startUrl": "javascript:alert(1)", "steps": [
                  {"kind": "WAIT_FOR", "element": {"selector": "#a"}, "whenMissing": "CENTER"},
                  {"kind": "WAIT_FOR"},
                  {"kind": "AUTO", "element": {"selector": "#a"}, "position": "TOP"},
                  {"kind": "BALLOON", "title": "t", "element": {"selector": "#a"}, "whenMissing": "WAIT", "waitSeconds": 0},
                  {"kind": "POPUP", "title": "t", "element": {"selector": "#a"}, "advanceOn": "CLICK"}]}"""));
        assertEquals(400, refused.status(), refused::toString);
        String detail = refused.json().getString("detail");
        for (String problem : List.of("startUrl", "steps[0].whenMissing", "steps[1]: a WAIT_FOR step waits for an element, a URL pattern",
                "steps[2].position", "steps[3].waitSeconds", "steps[4].element", "steps[4].advanceOn")) {
            assertTrue(detail.contains(problem), problem + " in: " + detail);
        }
    }

    /**
     * The texts around the items: tags (a word form, so markup is refused), user-attribute values,
     * review comments, library element names and captured descriptors, system names. Each is kept
     * exactly as plain data or refused with 400, never half stored.
     */
    @Test
    void hostileTextAroundTheItemsIsKeptAsDataOrRefused() {
        String system = system();
        String items = "api/v1/systems/" + system + "/items";
        Api reviewer = Api.secondAdministrator(root);
        for (String hostile : HostileText.ALL) {
            String shortText = hostile.length() > 100 ? hostile.substring(0, 100) : hostile;
            long itemsBefore = admin.get(items).json().getInt("total");
            Api.Answer tagged = admin.post(items, Json.createObjectBuilder(json(ISSUE_WALKTHRU)).add("tags", Json.createArrayBuilder().add(shortText))
                    .build());
            if (tagged.status() == 201) {
                assertEquals(shortText.strip(), admin.get(items + "/" + tagged.json().getJsonNumber("id")).json().getJsonArray("tags").getString(0));
            } else {
                assertEquals(400, tagged.status(), tagged::toString);
                assertTrue(tagged.json().getString("detail").contains("tags"), tagged::toString);
                assertEquals(itemsBefore, admin.get(items).json().getInt("total"), "a refused item leaves nothing");
            }

            Api.Answer targeted = admin.post(items, Json.createObjectBuilder(json(ISSUE_WALKTHRU)).add("display", Json.createObjectBuilder()
                    .add("userAttributes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "department")
                            .add("value", shortText)))).build());
            assertEquals(201, targeted.status(), targeted::toString);
            String item = items + "/" + targeted.json().getJsonNumber("id");
            assertEquals(shortText.strip(), admin.get(item).json().getJsonObject("display").getJsonArray("userAttributes").getJsonObject(0)
                    .getString("value"), "kept as data");

            assertEquals(200, admin.post(item + "/submit", null).status());
            Api.Answer rejected = reviewer.post(item + "/reject", Json.createObjectBuilder().add("comment", hostile).build());
            if (hostile.length() > 2_000) {
                assertEquals(400, rejected.status(), "an overlong comment is refused");
                assertEquals("IN_REVIEW", admin.get(item).json().getString("state"), "and changes nothing");
            } else {
                assertEquals(200, rejected.status(), rejected::toString);
                assertEquals(hostile.strip(), admin.get(item + "/revisions").array().getJsonObject(0).getString("reviewComment"), "kept as data");
            }

            Api.Answer element = admin.post("api/v1/systems/" + system + "/elements", Json.createObjectBuilder().add("name", shortText)
                    .add("descriptor", Json.createObjectBuilder().add("selector", "#x").add("matchCount", 1).add("tag", "button")
                            .add("text", shortText).add("label", shortText).add("accessibleName", shortText)
                            .add("pageUrl", "http://127.0.0.1:8123/demo/")).build());
            assertEquals(201, element.status(), element::toString);
            JsonObject stored = admin.get("api/v1/systems/" + system + "/elements/" + element.json().getJsonNumber("id")).json();
            assertEquals(shortText.strip(), stored.getString("name"), "a library name is plain text, kept as data");
            assertEquals(shortText.strip(), stored.getJsonObject("descriptor").getString("text"));

            String key = Api.unique("hostile");
            Api.Answer named = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", key).add("name", shortText)
                    .add("urlPatterns", Json.createArrayBuilder().add("https://hostile.example.com/*")).build());
            assertEquals(201, named.status(), named::toString);
            assertEquals(shortText.strip(), admin.get("api/v1/systems/" + key).json().getString("name"));
        }
        Api.Answer overridden = admin.post("api/v1/systems/" + system + "/elements", Json.createObjectBuilder().add("name", "evil\u202Etxt.exe")
                .add("descriptor", Json.createObjectBuilder().add("selector", "#x").add("matchCount", 1).add("tag", "button")
                        .add("pageUrl", "http://127.0.0.1:8123/demo/")).build());
        assertEquals(400, overridden.status(), "a library name that reads otherwise than it is: " + overridden);
    }

    /** One item of each type, the hostile text in each of its text fields. */
    private static List<JsonObject> everyTextField(String text) {
        JsonObject element = Json.createObjectBuilder().add("selector", "#x").add("text", text.length() > 200 ? "x" : text).build();
        List<JsonObject> items = new ArrayList<>();
        items.add(Json.createObjectBuilder().add("type", "WALKTHRU").add("name", text).add("description", text.length() > 2000 ? "x" : text)
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "BALLOON").add("title", text.length() > 200
                        ? "x" : text).add("body", text).add("element", element))).build());
        items.add(Json.createObjectBuilder().add("type", "SMART_TIP").add("name", text).add("body", text).add("element", element).build());
        String shortText = text.length() > 200 ? "x" : text;
        items.add(Json.createObjectBuilder().add("type", "SHOUT_OUT").add("name", text).add("title", shortText)
                .add("body", text).build());
        items.add(Json.createObjectBuilder().add("type", "LAUNCHER").add("name", text).add("label", text.length() > 60 ? "x" : text)
                .add("element", element).add("url", "https://help.example.com/").build());
        items.add(Json.createObjectBuilder().add("type", "RESOURCE_MENU").add("name", text).add("title", shortText)
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", shortText)
                        .add("entries", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", shortText)
                                .add("url", "https://help.example.com/")))))
                .build());
        return items;
    }

    /** The ids of an item's texts, as translations name them. */
    private static List<String> translatedIds(JsonObject item) {
        List<String> ids = new ArrayList<>();
        if (item.containsKey("steps")) {
            item.getJsonArray("steps").forEach(step -> {
                ids.add("steps." + step.asJsonObject().getString("id") + ".title");
                ids.add("steps." + step.asJsonObject().getString("id") + ".body");
            });
        }
        for (String own : new String[] {"label", "title", "body"}) {
            if (item.containsKey(own)) {
                ids.add(own);
            }
        }
        return ids;
    }

    private static List<String> richTexts(JsonObject item) {
        List<String> texts = new ArrayList<>();
        if (item.containsKey("body")) {
            texts.add(item.getString("body"));
        }
        if (item.containsKey("steps")) {
            item.getJsonArray("steps").forEach(step -> texts.add(step.asJsonObject().getString("body", "")));
        }
        return texts;
    }

    private String system() {
        String key = Api.unique("crm");
        Api.Answer created = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", key).add("name", "CRM " + key)
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build());
        assertEquals(201, created.status(), created::toString);
        return key;
    }

    private Api user(String role, long systemId) {
        String username = Api.unique(role.toLowerCase(Locale.ROOT).replace('_', '-'));
        admin.createUser(username, PASSWORD);
        Api.grant(root, username, role, systemId);
        return Api.basic(root, username, PASSWORD);
    }

    private static long create(Api as, String system, JsonObject item) {
        Api.Answer created = as.post("api/v1/systems/" + system + "/items", item);
        assertEquals(201, created.status(), created::toString);
        assertNotEquals(null, created.json().get("id"));
        return created.json().getJsonNumber("id").longValue();
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("name")).toList();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
