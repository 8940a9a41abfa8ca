package org.waymark.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** A REST client of /api/v1/ as a script would use it: one caller, JSON in and out. */
public final class Api {

    /** The administrator a second approver is needed for; created once per test database. */
    public static final String SECOND_ADMIN = "second-admin";
    public static final String SECOND_ADMIN_PASSWORD = "second-admin-secret-42";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** @param root the application's root URL, ending in a slash */
    public static Api basic(String root, String username, String password) {
        return new Api(root, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api bearer(String root, String key) {
        return new Api(root, "Bearer " + key);
    }

    public static Api anonymous(String root) {
        return new Api(root, null);
    }

    public static Api admin(String root) {
        return basic(root, "admin", System.getenv("DAP_ADMIN_PASSWORD"));
    }

    /** An answer: status, content type and the parsed JSON body (null when there is none). */
    public record Answer(int status, String contentType, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Answer post(String path, JsonObject body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString())));
    }

    public Answer put(String path, JsonObject body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A name no earlier test run used: tests share the database. */
    public static String unique(String name) {
        return name + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** Creates the user (if it does not exist yet); an existing user is left as it is. */
    public void createUser(String username, String password) {
        Answer created = post("api/v1/users", Json.createObjectBuilder().add("username", username).add("password", password)
                .add("displayName", username).build());
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("cannot create " + username + ": " + created);
        }
    }

    /** Requests a global role; returns the assignment as the API answers it. */
    public JsonObject requestRole(String username, String role) {
        Answer answer = post("api/v1/role-assignments", Json.createObjectBuilder().add("username", username).add("role", role).build());
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot request " + role + " for " + username + ": " + answer);
        }
        return answer.json();
    }

    /**
     * Makes sure a second active administrator exists, so that four eyes apply. The first test
     * to ask creates it while the bootstrap exception still lets admin's request take effect.
     */
    public static Api secondAdministrator(String root) {
        Api admin = admin(root);
        admin.createUser(SECOND_ADMIN, SECOND_ADMIN_PASSWORD);
        Api second = basic(root, SECOND_ADMIN, SECOND_ADMIN_PASSWORD);
        if (second.get("api/v1/users").status() != 200) {
            JsonObject assignment = admin.requestRole(SECOND_ADMIN, "ADMINISTRATOR");
            if (!"ACTIVE".equals(assignment.getString("status"))) {
                throw new IllegalStateException("the second administrator did not become active: " + assignment);
            }
        }
        return second;
    }

    /** Gives a user a global role with four eyes: admin requests, the second administrator approves. */
    public static void grant(String root, String username, String role) {
        Api second = secondAdministrator(root); // first: while admin is the only administrator, its requests need no approval
        approve(second, admin(root).requestRole(username, role), username, role);
    }

    /** Gives a user a role in one system, with four eyes. */
    public static void grant(String root, String username, String role, long systemId) {
        Api second = secondAdministrator(root);
        Answer requested = admin(root).post("api/v1/role-assignments", Json.createObjectBuilder().add("username", username).add("role", role)
                .add("system", systemId).build());
        if (requested.status() != 201) {
            throw new IllegalStateException("cannot request " + role + " in system " + systemId + " for " + username + ": " + requested);
        }
        approve(second, requested.json(), username, role);
    }

    private static void approve(Api second, JsonObject assignment, String username, String role) {
        Answer approved = second.post("api/v1/role-assignments/" + assignment.getJsonNumber("id").longValue() + "/approve", null);
        if (approved.status() != 200) {
            throw new IllegalStateException("cannot approve " + role + " for " + username + ": " + approved);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
