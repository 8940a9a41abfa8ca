package org.waymark.authoring.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads typed values out of JSON objects and collects one problem per misshapen value, named by
 * its path ({@code steps[1].kind}), so that a request learns everything wrong with it at once.
 * A value that is absent or null reads as null.
 */
class JsonFields {

    final List<String> problems = new ArrayList<>();

    void known(JsonObject o, String at, Set<String> fields, Set<String> ignored) {
        o.keySet().stream().filter(name -> !fields.contains(name) && !ignored.contains(name)).sorted()
                .forEach(name -> problems.add(path(at, name) + ": no such field."));
    }

    String text(JsonObject o, String at, String name) {
        JsonValue value = present(o, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        problems.add(path(at, name) + ": a text.");
        return null;
    }

    Boolean bool(JsonObject o, String at, String name) {
        JsonValue value = present(o, name);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        problems.add(path(at, name) + ": true or false.");
        return null;
    }

    Integer integer(JsonObject o, String at, String name) {
        JsonValue value = present(o, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 32) {
            return n.intValue();
        }
        problems.add(path(at, name) + ": a whole number.");
        return null;
    }

    Long id(JsonObject o, String at, String name) {
        JsonValue value = present(o, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 64) {
            return n.longValue();
        }
        problems.add(path(at, name) + ": the id of an item, a whole number.");
        return null;
    }

    Instant instant(JsonObject o, String at, String name) {
        String text = text(o, at, name);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path(at, name) + ": a time such as 2027-01-31T08:00:00Z.");
            return null;
        }
    }

    <E extends Enum<E>> E enumeration(JsonObject o, String at, String name, Class<E> type) {
        String text = text(o, at, name);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(path(at, name) + ": one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + clip(text) + "'.");
        return null;
    }

    List<String> texts(JsonObject o, String at, String name) {
        JsonValue value = present(o, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            return array.getValuesAs(JsonString::getString);
        }
        problems.add(path(at, name) + ": a list of texts.");
        return null;
    }

    <T> T object(JsonObject o, String at, String name, BiFunction<JsonObject, String, T> read) {
        JsonValue value = present(o, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return read.apply(object, path(at, name));
        }
        problems.add(path(at, name) + ": an object.");
        return null;
    }

    <T> List<T> objects(JsonObject o, String at, String name, BiFunction<JsonObject, String, T> read) {
        JsonValue value = present(o, name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(path(at, name) + ": a list of objects.");
            return null;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = path(at, name) + "[" + i + "]";
            if (array.get(i) instanceof JsonObject object) {
                values.add(read.apply(object, where));
            } else {
                problems.add(where + ": an object.");
            }
        }
        return values;
    }

    private static JsonValue present(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value == JsonValue.NULL ? null : value;
    }

    static String path(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
