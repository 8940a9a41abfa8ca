package org.waymark.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;

/** A system's content in and out: XLIFF 2.0 for translators (round trip, refusals) and the whole content as JSON (all or nothing). */
@ExtendWith(ArquillianExtension.class)
class ExchangeApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern UNIT = Pattern.compile("<unit id=\"([^\"]+)\" xml:space=\"preserve\">");

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
    void xliffGoesOutAndComesBackWithTheSameIds() throws Exception {
        String system = system();
        long walkthru = create(system, ItemsApiIT.ISSUE_WALKTHRU);
        create(system, """
                {"type": "SHOUT_OUT", "name": "Release", "title": "What's new", "body": "<ul>\\r\\n<li>Deals</li>\\r\\n<li>Leads</li>\\r\\n</ul>"}""");

        String exported = xliff(system, "de");
        assertTrue(exported.contains("urn:oasis:names:tc:xliff:document:2.0") && exported.contains("trgLang=\"de\""), exported);
        assertTrue(exported.contains("Click &lt;b&gt;New&lt;/b&gt; to start"), "rich texts travel as escaped markup: " + exported);
        assertTrue(exported.contains("&lt;ul&gt;\n&lt;li&gt;Deals"), "a body's lines as the author wrote them: " + exported);
        List<String> ids = units(exported);
        assertEquals(6, ids.size(), exported);

        String translated = exported.replace("</source>", "</source><target>Übersetzt &lt;b&gt;fett&lt;/b&gt;</target>");
        HttpResponse<String> imported = post(system, "application/xliff+xml", translated);
        assertEquals(200, imported.statusCode(), imported::body);
        assertEquals(6, json(imported.body()).getInt("texts"));
        JsonObject german = admin.get("api/v1/systems/" + system + "/items/" + walkthru).json().getJsonObject("translations").getJsonObject("de");
        String stepBody = ids.stream().filter(id -> id.startsWith("steps.") && id.endsWith(".body")).findFirst().orElseThrow();
        assertEquals("Übersetzt <b>fett</b>", german.getString(stepBody));
        String again = xliff(system, "de");
        assertEquals(ids, units(again), "a round trip keeps the ids");
        assertTrue(again.contains("<target>Übersetzt &lt;b&gt;fett&lt;/b&gt;</target>"), again);
    }

    @Test
    void anXliffWithUnknownIdsOrBrokenMarkupChangesNothing() throws Exception {
        String system = system();
        long walkthru = create(system, ItemsApiIT.ISSUE_WALKTHRU);
        String exported = xliff(system, "fr");
        String stepBody = units(exported).stream().filter(id -> id.endsWith(".body")).findFirst().orElseThrow();
        String broken = exported
                .replaceFirst("</source>", "</source><target>Bonjour</target>")
                .replace("<unit id=\"" + stepBody + "\" xml:space=\"preserve\"><segment><source>", "<unit id=\"" + stepBody
                        + "\"><segment><target>Cliquez &lt;b&gt;ici</target><source>")
                .replace("</file>", "<unit id=\"steps.nope.title\"><segment><source>x</source><target>y</target></segment></unit></file>"
                        + "<file id=\"item-999999999\"><unit id=\"title\"><segment><source>x</source></segment></unit></file>");

        HttpResponse<String> refused = post(system, "application/xliff+xml", broken);

        assertEquals(400, refused.statusCode(), refused::body);
        for (String problem : List.of("unit steps.nope.title: the item has no such text", "file item-999999999: there is no such item",
                "unit " + stepBody + ": the target's markup is broken")) {
            assertTrue(refused.body().contains(problem), problem + " in " + refused.body());
        }
        JsonObject item = admin.get("api/v1/systems/" + system + "/items/" + walkthru).json();
        assertEquals(1, item.getInt("revision"), "nothing changed");
        assertEquals(400, post(system, "application/xliff+xml", "<xliff version=\"2.0\"><file>").statusCode(), "not XML");
        String title = units(exported).stream().filter(id -> id.endsWith(".title")).findFirst().orElseThrow();
        String withEntity = exported.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>")
                .replace("<unit id=\"" + title + "\" xml:space=\"preserve\"><segment><source>New</source>", "<unit id=\"" + title
                        + "\"><segment><source>New</source><target>&e;</target>");
        assertTrue(withEntity.contains("&e;") && withEntity.contains("<!ENTITY"), withEntity);
        assertEquals(400, post(system, "application/xliff+xml", withEntity).statusCode(), "no external entities");
        assertEquals(1, admin.get("api/v1/systems/" + system + "/items/" + walkthru).json().getInt("revision"), "nothing stored");

        String translated = exported.replace("</source>", "</source><target>Traduit</target>");
        HttpResponse<String> otherSource = post(system, "application/xliff+xml", translated.replace("srcLang=\"en\"", "srcLang=\"de\""));
        assertEquals(400, otherSource.statusCode(), otherSource::body);
        assertTrue(otherSource.body().contains("the item is written in en, the file's texts in de"), otherSource::body);
        JsonObject changed = admin.get("api/v1/systems/" + system + "/items/" + walkthru).json();
        assertEquals(200, admin.put("api/v1/systems/" + system + "/items/" + walkthru, Json.createObjectBuilder(changed)
                .add("steps", Json.createArrayBuilder(changed.getJsonArray("steps")).set(1, Json.createObjectBuilder(
                        changed.getJsonArray("steps").getJsonObject(1)).add("body", "That is all for now"))).build()).status());
        HttpResponse<String> stale = post(system, "application/xliff+xml", translated);
        assertEquals(400, stale.statusCode(), stale::body);
        assertTrue(stale.body().contains(".body: the text changed since the export"), stale::body);
        JsonObject translations = admin.get("api/v1/systems/" + system + "/items/" + walkthru).json().getJsonObject("translations");
        assertFalse(translations != null && translations.containsKey("fr"), "a translation is never attached to a text it was not made for");
    }

    @Test
    void theWholeContentMovesToAnotherSystemAllOrNothing() throws Exception {
        String from = system();
        long element = admin.post("api/v1/systems/" + from + "/elements", Json.createObjectBuilder().add("name", "New button")
                .add("descriptor", json("""
                        {"selector": "#new-deal", "matchCount": 1, "tag": "button", "pageUrl": "http://127.0.0.1:8123/demo/"}""")).build())
                .json().getJsonNumber("id").longValue();
        long walkthru = create(from, ItemsApiIT.ISSUE_WALKTHRU.replace("\"selector\": \"#new-opportunity\"",
                "\"elementId\": " + element + ", \"selector\": \"#new-opportunity\""));
        create(from, """
                {"type": "LAUNCHER", "name": "Start it", "label": "Tour", "element": {"selector": "#help"}, "walkthru": %d}""".formatted(walkthru));
        JsonObject export = admin.get("api/v1/systems/" + from + "/exchange/json").json();
        assertEquals("waymark-content", export.getString("format"));
        assertTrue(admin.get("api/v1/audit?action=content.export&actor=admin&max=5").json().getJsonArray("events").stream()
                .anyMatch(event -> event.asJsonObject().getString("target").equals("system " + from)), "taking the whole content is audited");
        assertEquals(2, export.getJsonArray("items").size());

        String to = system();
        JsonObject broken = Json.createObjectBuilder(export).add("items", Json.createArrayBuilder(export.getJsonArray("items"))
                .add(Json.createObjectBuilder().add("id", 1).add("document", json("""
                        {"type": "WALKTHRU", "name": "Broken", "steps": [{"kind": "BALOON"}]}""")))).build();
        Api.Answer refused = admin.post("api/v1/systems/" + to + "/exchange/json", broken);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("items[2] (Broken): steps[0].kind"), refused::toString);
        assertEquals(0, admin.get("api/v1/systems/" + to + "/items").json().getInt("total"), "nothing was added");
        assertTrue(admin.get("api/v1/systems/" + to + "/elements").array().isEmpty());

        Api.Answer imported = admin.post("api/v1/systems/" + to + "/exchange/json", export);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getInt("items"));
        long newElement = admin.get("api/v1/systems/" + to + "/elements").array().getJsonObject(0).getJsonNumber("id").longValue();
        List<JsonObject> items = admin.get("api/v1/systems/" + to + "/items?sort=NAME&order=asc").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertEquals(List.of("Create an opportunity", "Start it"), items.stream().map(i -> i.getString("name")).toList());
        assertTrue(items.stream().allMatch(i -> i.getString("state").equals("DRAFT")), "imports are drafts");
        long newWalkthru = items.get(0).getJsonNumber("id").longValue();
        JsonObject launcher = admin.get("api/v1/systems/" + to + "/items/" + items.get(1).getJsonNumber("id").longValue()).json();
        assertEquals(newWalkthru, launcher.getJsonNumber("walkthru").longValue(), "the launcher starts the imported walk-thru");
        JsonObject step = admin.get("api/v1/systems/" + to + "/items/" + newWalkthru).json().getJsonArray("steps").getJsonObject(0);
        assertEquals(newElement, step.getJsonObject("element").getJsonNumber("elementId").longValue());
        assertEquals(400, admin.post("api/v1/systems/" + to + "/exchange/json", export).status(),
                "the library's names are taken now: refused as a whole");
    }

    private String xliff(String system, String target) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(root + "api/v1/systems/" + system
                + "/exchange/xliff?target=" + target)).header("Authorization", basicAdmin()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer::body);
        return answer.body();
    }

    private HttpResponse<String> post(String system, String type, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + "api/v1/systems/" + system + "/exchange/xliff"))
                .header("Authorization", basicAdmin()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basicAdmin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + System.getenv("DAP_ADMIN_PASSWORD")).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> units(String xliff) {
        Matcher unit = UNIT.matcher(xliff);
        List<String> ids = new ArrayList<>();
        while (unit.find()) {
            ids.add(unit.group(1));
        }
        return ids;
    }

    private String system() {
        String key = Api.unique("crm");
        assertEquals(201, admin.post("api/v1/systems", Json.createObjectBuilder().add("key", key).add("name", "CRM " + key)
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build()).status());
        return key;
    }

    private long create(String system, String item) {
        Api.Answer created = admin.post("api/v1/systems/" + system + "/items", json(item));
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
