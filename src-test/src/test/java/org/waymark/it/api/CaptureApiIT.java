package org.waymark.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;

/** The element library and the capture endpoint over HTTP: tokens, origins, the inbox, and items that name library elements. */
@ExtendWith(ArquillianExtension.class)
class CaptureApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAGE_ORIGIN = "http://127.0.0.1:8123";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    private String root;
    private Api admin;
    private String system;

    @BeforeEach
    void connect() {
        root = MicroDeployment.root(deployed);
        admin = Api.admin(root);
        system = Api.unique("crm");
        assertEquals(201, admin.post("api/v1/systems", Json.createObjectBuilder().add("key", system).add("name", "CRM")
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build()).status());
    }

    @Test
    void aCapturedElementFromTheSystemsPageEntersTheInboxAndTheLibrary() throws Exception {
        String token = admin.post("api/v1/systems/" + system + "/captures", null).json().getString("token");

        HttpResponse<String> sent = capture(token, PAGE_ORIGIN, descriptor(PAGE_ORIGIN + "/demo/deals/42?search=alice#notes"));

        assertEquals(201, sent.statusCode(), sent::body);
        assertEquals(Optional.of(PAGE_ORIGIN), sent.headers().firstValue("Access-Control-Allow-Origin"), "the page may read the answer");
        JsonObject captured = admin.get("api/v1/systems/" + system + "/captures").array().getJsonObject(0);
        assertEquals("#new-deal", captured.getString("selector"));
        assertEquals("New", captured.getJsonObject("descriptor").getString("text"));
        assertEquals(PAGE_ORIGIN + "/demo/deals/42", captured.getJsonObject("descriptor").getString("pageUrl"),
                "the page without what the user searched for");
        assertTrue(admin.get("api/v1/audit?action=element.capture&actor=admin&max=5").json().getJsonArray("events").stream()
                .anyMatch(event -> event.asJsonObject().getString("detail", "").contains("#new-deal on " + PAGE_ORIGIN + "/demo/deals/42")),
                "the capture is audited");
        long id = captured.getJsonNumber("id").longValue();

        Api.Answer filed = admin.post("api/v1/systems/" + system + "/captures/" + id + "/file", Json.createObjectBuilder()
                .add("name", "New deal button").build());
        assertEquals(201, filed.status(), filed::toString);
        assertTrue(admin.get("api/v1/systems/" + system + "/captures").array().isEmpty(), "it left the inbox");
        long element = filed.json().getJsonNumber("id").longValue();
        assertEquals("New deal button", admin.get("api/v1/systems/" + system + "/elements").array().getJsonObject(0).getString("name"));
        assertEquals(409, admin.post("api/v1/systems/" + system + "/elements", Json.createObjectBuilder().add("name", "New deal button")
                .add("descriptor", descriptor(PAGE_ORIGIN + "/demo/")).build()).status(), "names are unique per system");

        Api.Answer item = admin.post("api/v1/systems/" + system + "/items", Json.createObjectBuilder().add("type", "SMART_TIP")
                .add("name", "Tip").add("body", "Starts a deal").add("element", Json.createObjectBuilder().add("elementId", element)
                        .add("selector", "#new-deal")).build());
        assertEquals(201, item.status(), item::toString);
        assertEquals(element, item.json().getJsonObject("element").getJsonNumber("elementId").longValue());
        String other = Api.unique("erp");
        admin.post("api/v1/systems", Json.createObjectBuilder().add("key", other).add("name", "ERP")
                .add("urlPatterns", Json.createArrayBuilder().add("https://erp.example.com/*")).build());
        Api.Answer foreign = admin.post("api/v1/systems/" + other + "/items", Json.createObjectBuilder().add("type", "SMART_TIP")
                .add("name", "Tip").add("body", "x").add("element", Json.createObjectBuilder().add("elementId", element)
                        .add("selector", "#new-deal")).build());
        assertEquals(400, foreign.status(), "another system's library element");
        assertTrue(foreign.json().getString("detail").contains("element.elementId"), foreign::toString);

        String library = "api/v1/systems/" + system + "/elements/" + element;
        assertEquals("Start button", admin.put(library, Json.createObjectBuilder().add("name", "Start button").build()).json().getString("name"));
        Api.Answer inUse = admin.delete(library);
        assertEquals(409, inUse.status(), inUse::toString);
        assertTrue(inUse.json().getString("detail").contains("still used by: Tip"), inUse::toString);
        long tip = item.json().getJsonNumber("id").longValue();
        assertEquals(200, admin.put("api/v1/systems/" + system + "/items/" + tip, Json.createObjectBuilder(item.json())
                .add("element", Json.createObjectBuilder().add("selector", "#new-deal")).build()).status());
        assertEquals(204, admin.delete(library).status(), "no item points at it any more");
        assertEquals(404, admin.get(library).status());
    }

    @Test
    void onlyTheSystemsPagesOnTheirOwnOriginWithALiveTokenAreTaken() throws Exception {
        String token = admin.post("api/v1/systems/" + system + "/captures", null).json().getString("token");
        int before = admin.get("api/v1/systems/" + system + "/captures").array().size();

        HttpResponse<String> foreignPage = capture(token, "https://evil.test", descriptor("https://evil.test/demo/"));
        HttpResponse<String> liedOrigin = capture(token, "https://evil.test", descriptor(PAGE_ORIGIN + "/demo/"));
        HttpResponse<String> noOrigin = capture(token, null, descriptor(PAGE_ORIGIN + "/demo/"));
        HttpResponse<String> otherPath = capture(token, PAGE_ORIGIN, descriptor(PAGE_ORIGIN + "/admin/"));
        HttpResponse<String> unknownToken = capture("wmc_" + "A".repeat(43), PAGE_ORIGIN, descriptor(PAGE_ORIGIN + "/demo/"));
        HttpResponse<String> broken = capture(token, PAGE_ORIGIN, Json.createObjectBuilder().add("selector", "div[[[").add("tag", "<b>")
                .add("pageUrl", "javascript:alert(1)").add("value", "typed by the user").build());

        for (HttpResponse<String> refused : java.util.List.of(foreignPage, liedOrigin, noOrigin, otherPath)) {
            assertEquals(409, refused.statusCode(), refused::body);
            assertFalse(refused.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no foreign page reads the answer");
        }
        assertEquals(404, unknownToken.statusCode());
        assertEquals(400, broken.statusCode());
        for (String problem : new String[] {"selector: not a CSS selector", "tag:", "pageUrl:", "value: no such field", "matchCount:"}) {
            assertTrue(broken.body().contains(problem), problem + " in " + broken.body());
        }
        assertEquals(before, admin.get("api/v1/systems/" + system + "/captures").array().size(), "nothing was stored");
        Api.Answer page = admin.post("api/v1/systems/" + system + "/captures", Json.createObjectBuilder()
                .add("page", PAGE_ORIGIN + "/demo/deals/7").build());
        assertTrue(page.json().getString("pageUrl").startsWith(PAGE_ORIGIN + "/demo/deals/7#waymark-capture=wmc_"), page::toString);
        for (String foreign : new String[] {"javascript:alert(1)", "https://evil.test/demo/", PAGE_ORIGIN + "/admin/"}) {
            assertEquals(400, admin.post("api/v1/systems/" + system + "/captures", Json.createObjectBuilder().add("page", foreign).build())
                    .status(), "a capture opens only the system's pages: " + foreign);
        }
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(root + "api/v1/capture"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", PAGE_ORIGIN)
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no preflight is granted");
        assertFalse(preflight.headers().map().keySet().stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("access-control-allow")));
    }

    @Test
    void aTokenIsTheAuthorsAndTheSystemsOnly() throws Exception {
        String author = Api.unique("author");
        admin.createUser(author, "author-secret-4711");
        long systemId = admin.get("api/v1/systems/" + system).json().getJsonNumber("id").longValue();
        Api.grant(root, author, "CONTENT_CREATOR", systemId);
        Api asAuthor = Api.basic(root, author, "author-secret-4711");
        String token = asAuthor.post("api/v1/systems/" + system + "/captures", null).json().getString("token");

        assertEquals(201, capture(token, PAGE_ORIGIN, descriptor(PAGE_ORIGIN + "/demo/")).statusCode());

        assertEquals(1, asAuthor.get("api/v1/systems/" + system + "/captures").array().size());
        assertTrue(admin.get("api/v1/systems/" + system + "/captures").array().isEmpty(), "another author's inbox stays empty");
        long id = asAuthor.get("api/v1/systems/" + system + "/captures").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, admin.post("api/v1/systems/" + system + "/captures/" + id + "/file", Json.createObjectBuilder()
                .add("name", "Taken").build()).status(), "nobody files another author's capture");
        String translator = Api.unique("translator");
        admin.createUser(translator, "translator-secret-4711");
        Api.grant(root, translator, "TRANSLATOR", systemId);
        assertEquals(403, Api.basic(root, translator, "translator-secret-4711").post("api/v1/systems/" + system + "/captures", null)
                .status(), "capturing takes CONTENT_EDIT");

        assertEquals(200, admin.post("api/v1/users/" + author + "/disable", null).status());
        assertEquals(404, capture(token, PAGE_ORIGIN, descriptor(PAGE_ORIGIN + "/demo/")).statusCode(),
                "a disabled author's capture ends with the account");
    }

    private HttpResponse<String> capture(String token, String origin, JsonObject element) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "api/v1/capture")).header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("token", token).add("element", element).build().toString()));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject descriptor(String pageUrl) {
        return Json.createReader(new StringReader("""
                {"selector": "#new-deal", "matchCount": 1, "tag": "button", "id": "new-deal", "testAttributes": {},
                 "role": "button", "accessibleName": "New", "text": "New", "classes": ["btn", "btn-primary"],
                 "cssPath": "#toolbar > button:nth-of-type(1)", "siblingIndex": 0, "landmarks": ["main"],
                 "pageUrl": "%s", "urlPattern": "http://127.0.0.1:8123/demo/deals/*"}""".formatted(pageUrl))).readObject();
    }
}
