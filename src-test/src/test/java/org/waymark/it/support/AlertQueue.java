package org.waymark.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Predicate;

/** The SOC's alert queue as the tests read it over /api/v1/alerts: the rules raise alerts asynchronously. */
public final class AlertQueue {

    private AlertQueue() {
    }

    /** Waits up to 30 s until exactly one alert of the rule names the entity and it satisfies the condition. */
    public static JsonObject awaitOne(Api api, String rule, String entity, Predicate<JsonObject> condition) {
        return await(api, rule, entity, found -> found.size() == 1 && condition.test(found.get(0))).get(0);
    }

    /** Waits up to 30 s until the alerts of the rule that name the entity satisfy the condition. */
    public static List<JsonObject> await(Api api, String rule, String entity, Predicate<List<JsonObject>> condition) {
        List<JsonObject> found = List.of();
        for (int i = 0; i < 300; i++) {
            found = alerts(api, rule, entity);
            if (condition.test(found)) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("alerts of " + rule + " for " + entity + ": " + found);
    }

    public static List<JsonObject> alerts(Api api, String rule, String entity) {
        Api.Answer answer = api.get("api/v1/alerts?rule=" + rule + "&entity=" + entity);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonArray("alerts").stream().map(JsonObject.class::cast).toList();
    }
}
