package org.waymark.authoring.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field-level differences between two item documents, for the history and the review queue.
 * Lists of objects with ids (steps, sections, entries) are compared by id, so a step that moved
 * shows as a change of order rather than as every later step changed.
 */
public final class JsonDiff {

    /** @param before null when the field was added; {@code after} null when it was removed */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    private JsonDiff() {
    }

    public static List<FieldChange> between(JsonObject before, JsonObject after) {
        Map<String, String> old = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        flatten("", before, old);
        flatten("", after, now);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = old.get(field);
            String is = now.get(field);
            if (was == null ? is != null : !was.equals(is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private static void flatten(String at, JsonValue value, Map<String, String> into) {
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> flatten(at.isEmpty() ? name : at + "." + name, member, into));
        } else if (value instanceof JsonArray array && !array.isEmpty() && array.stream().allMatch(JsonDiff::hasId)) {
            List<String> order = new ArrayList<>();
            for (JsonValue element : array) {
                String id = element.asJsonObject().getString("id");
                order.add(id);
                flatten(at + "." + id, element, into);
            }
            into.put(at + " (order)", String.join(", ", order));
        } else if (value instanceof JsonString string) {
            into.put(at, string.getString());
        } else if (value != null) {
            into.put(at, value.toString());
        }
    }

    private static boolean hasId(JsonValue value) {
        return value instanceof JsonObject object && object.get("id") instanceof JsonString;
    }
}
