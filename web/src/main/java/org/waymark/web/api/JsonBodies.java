package org.waymark.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.waymark.common.boundary.Refusal;

/**
 * JSON objects read by hand where a bound record does not fit: request bodies that may be empty or
 * arrive as text/plain, and uploaded files.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /**
     * @param expected what the body should look like, for the refusal
     * @return the object; an empty one for an empty body
     * @throws Refusal (400) when the body is no JSON object
     */
    public static JsonObject object(String body, String expected) {
        if (body == null || body.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw Refusal.invalid("Expected " + expected + ", not what was sent: " + e.getMessage());
        }
    }
}
