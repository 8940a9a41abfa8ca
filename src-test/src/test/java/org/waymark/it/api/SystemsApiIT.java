package org.waymark.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;

/** Systems over /api/v1/systems: the request the authoring issue gives, validation, and who sees which system. */
@ExtendWith(ArquillianExtension.class)
class SystemsApiIT {

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
    void theIssuesRequestCreatesASystemWithASnippetPerEnvironment() {
        Api.Answer created = admin.post("api/v1/systems", json("""
                {"key": "crm", "name": "CRM", "urlPatterns": ["http://127.0.0.1:*/demo/*"], "environments": ["test", "production"]}"""));

        assertEquals(201, created.status(), created::toString);
        JsonObject system = created.json();
        assertTrue(system.getJsonNumber("id").longValue() > 0);
        JsonObject fetched = admin.get("api/v1/systems/crm").json();
        assertEquals("CRM", fetched.getString("name"));
        assertEquals(List.of("http://127.0.0.1:*/demo/*"), strings(fetched.getJsonArray("urlPatterns")));
        assertEquals(List.of("test", "production"), strings(fetched.getJsonArray("environments")));
        assertEquals("<script async src=\"" + root + "p/crm/production/loader.js\"></script>",
                fetched.getJsonObject("snippets").getString("production"));
        assertTrue(strings(admin.get("api/v1/systems").array().stream().map(JsonObject.class::cast).map(s -> s.get("key")).toList()).contains("crm"));
        assertEquals(409, admin.post("api/v1/systems", json("""
                {"key": "crm", "name": "Another CRM", "urlPatterns": ["https://crm.example.com/*"]}""")).status(), "the key is taken");
    }

    @Test
    void everyProblemIsNamedAtOnceAndNothingIsCreated() {
        Api.Answer refused = admin.post("api/v1/systems", json("""
                {"key": "Bad Key!", "name": "", "urlPatterns": ["crm.example.com/*", "regex:(open"], "environments": ["test", "test", "Prod"]}"""));

        assertEquals(400, refused.status(), refused::toString);
        String detail = refused.json().getString("detail");
        for (String problem : List.of("The key", "The name", "starts with http://", "regular expression", "'Prod'", "Each environment once")) {
            assertTrue(detail.contains(problem), problem + " in: " + detail);
        }
        assertEquals(404, admin.get("api/v1/systems/bad-key").status());
        Api.Answer overridden = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", Api.unique("evil")).add("name", "evil\u202Etxt.exe")
                .add("urlPatterns", Json.createArrayBuilder().add("https://evil.example.com/*")).build());
        assertEquals(400, overridden.status(), "a name that reads otherwise than it is: " + overridden);
        String defaulted = Api.unique("erp");
        JsonObject system = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", defaulted).add("name", "ERP")
                .add("urlPatterns", Json.createArrayBuilder().add("https://erp.example.com/*")).build()).json();
        assertEquals(List.of("test", "production"), strings(system.getJsonArray("environments")), "the default environments");
    }

    @Test
    void urlPatternsAreTriedOnAnExampleBeforeSaving() {
        JsonArray trials = admin.post("api/v1/systems/url-patterns/test", json("""
                {"urlPatterns": ["http://127.0.0.1:*/demo/*", "https://*.example.com/*", "regex:(unclosed"],
                 "url": "http://127.0.0.1:8080/demo/deals/42#notes"}""")).array();

        assertTrue(trials.getJsonObject(0).getBoolean("matches"));
        assertFalse(trials.getJsonObject(1).getBoolean("matches"));
        assertFalse(trials.getJsonObject(2).getBoolean("matches"));
        assertTrue(trials.getJsonObject(2).getString("problem").contains("broken"), trials.toString());
    }

    @Test
    void aSystemManagerScopedToOneSystemSeesAndConfiguresOnlyThatOne() {
        String mine = Api.unique("mine");
        String other = Api.unique("other");
        long mineId = create(mine);
        create(other);
        String manager = Api.unique("manager");
        admin.createUser(manager, "manager-secret-4711");
        Api.grant(root, manager, "SYSTEM_MANAGER", mineId);
        Api asManager = Api.basic(root, manager, "manager-secret-4711");

        List<String> visible = asManager.get("api/v1/systems").array().stream().map(JsonObject.class::cast).map(s -> s.getString("key")).toList();
        assertEquals(List.of(mine), visible);
        assertEquals(200, asManager.get("api/v1/systems/" + mine).status());
        assertEquals(403, asManager.get("api/v1/systems/" + other).status(), "another system stays hidden");
        Api.Answer changed = asManager.put("api/v1/systems/" + mine, Json.createObjectBuilder().add("name", "Mine, renamed")
                .add("urlPatterns", Json.createArrayBuilder().add("https://" + mine + ".example.com/*"))
                .add("environments", Json.createArrayBuilder().add("test").add("staging").add("production")).build());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(List.of("test", "staging", "production"), strings(changed.json().getJsonArray("environments")));
        Api.Answer reordered = asManager.put("api/v1/systems/" + mine, Json.createObjectBuilder().add("name", "Mine")
                .add("urlPatterns", Json.createArrayBuilder().add("https://" + mine + ".example.com/*").add("https://" + mine + ".example.org/*"))
                .add("environments", Json.createArrayBuilder().add("production").add("test")).build());
        assertEquals(200, reordered.status(), reordered::toString);
        assertEquals(List.of("production", "test"), strings(reordered.json().getJsonArray("environments")));
        Api.Answer renamed = asManager.put("api/v1/systems/" + mine, Json.createObjectBuilder().add("name", "Mine again")
                .add("urlPatterns", Json.createArrayBuilder().add("https://" + mine + ".example.org/*")).build());
        assertEquals(List.of("production", "test"), strings(renamed.json().getJsonArray("environments")), "no environments given: kept");
        assertEquals(403, asManager.put("api/v1/systems/" + other, Json.createObjectBuilder().add("name", "Taken over")
                .add("urlPatterns", Json.createArrayBuilder().add("https://x.example.com/*")).build()).status());
        assertEquals(403, asManager.post("api/v1/systems", Json.createObjectBuilder().add("key", Api.unique("new")).add("name", "New")
                .add("urlPatterns", Json.createArrayBuilder().add("https://new.example.com/*")).build()).status(),
                "creating systems is an installation permission");
    }

    private long create(String key) {
        Api.Answer created = admin.post("api/v1/systems", Json.createObjectBuilder().add("key", key).add("name", key)
                .add("urlPatterns", Json.createArrayBuilder().add("https://" + key + ".example.com/*")).build());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static List<String> strings(List<?> values) {
        return values.stream().map(value -> ((JsonString) value).getString()).toList();
    }
}
