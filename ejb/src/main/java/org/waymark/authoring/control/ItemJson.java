package org.waymark.authoring.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.authoring.control.ItemDocument.Advance;
import org.waymark.authoring.control.ItemDocument.AttributeRule;
import org.waymark.authoring.control.ItemDocument.DisplayRules;
import org.waymark.authoring.control.ItemDocument.ElementRef;
import org.waymark.authoring.control.ItemDocument.Entry;
import org.waymark.authoring.control.ItemDocument.Frequency;
import org.waymark.authoring.control.ItemDocument.Operator;
import org.waymark.authoring.control.ItemDocument.Placement;
import org.waymark.authoring.control.ItemDocument.Section;
import org.waymark.authoring.control.ItemDocument.Step;
import org.waymark.authoring.control.ItemDocument.StepKind;
import org.waymark.authoring.control.ItemDocument.TipStyle;
import org.waymark.authoring.control.ItemDocument.WhenMissing;
import org.waymark.authoring.entity.ItemType;
import org.waymark.common.boundary.Refusal;

/**
 * An {@link ItemDocument} as JSON: the REST API's item shape, the stored revision and the export
 * format are this one. Reading checks the shape only (types of values, known names, no unknown
 * fields, so that a misspelt field is not silently ignored); {@link ItemCheck} checks the content.
 */
public final class ItemJson {

    /** What a client may send back from an item it read; none of it is part of the document. */
    public static final Set<String> READ_ONLY = Set.of("id", "system", "owner", "state", "revision", "approvedRevision", "createdAt",
            "updatedAt", "updatedBy");

    private static final Set<String> ITEM_FIELDS = Set.of("type", "name", "description", "tags", "locale", "display", "startUrl", "steps",
            "element", "tipStyle", "required", "label", "position", "walkthru", "url", "title", "body", "frequency", "sections",
            "translations");

    private ItemJson() {
    }

    /** @throws Refusal listing every problem of the shape at once */
    public static ItemDocument read(JsonObject json) {
        Reader in = new Reader();
        ItemDocument document = in.document(json);
        if (!in.problems.isEmpty()) {
            throw Refusal.invalid(in.problems);
        }
        return document;
    }

    /** A JSON object as stored (a revision's document, an element's descriptor): written by Waymark, so well-formed. */
    public static JsonObject parse(String stored) {
        try (var reader = Json.createReader(new StringReader(stored))) {
            return reader.readObject();
        }
    }

    public static JsonObject write(ItemDocument d) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        out.add("type", d.type().name());
        add(out, "name", d.name());
        add(out, "description", d.description());
        if (d.tags() != null) {
            out.add("tags", Json.createArrayBuilder(d.tags()));
        }
        add(out, "locale", d.locale());
        if (d.display() != null) {
            out.add("display", display(d.display()));
        }
        add(out, "startUrl", d.startUrl());
        if (d.steps() != null) {
            out.add("steps", array(d.steps(), ItemJson::step));
        }
        if (d.element() != null) {
            out.add("element", element(d.element()));
        }
        add(out, "tipStyle", d.tipStyle());
        if (d.required() != null) {
            out.add("required", d.required());
        }
        add(out, "label", d.label());
        add(out, "position", d.position());
        if (d.walkthru() != null) {
            out.add("walkthru", d.walkthru());
        }
        add(out, "url", d.url());
        add(out, "title", d.title());
        add(out, "body", d.body());
        add(out, "frequency", d.frequency());
        if (d.sections() != null) {
            out.add("sections", array(d.sections(), ItemJson::section));
        }
        if (d.translations() != null) {
            JsonObjectBuilder locales = Json.createObjectBuilder();
            d.translations().forEach((locale, texts) -> {
                JsonObjectBuilder byId = Json.createObjectBuilder();
                texts.forEach(byId::add);
                locales.add(locale, byId);
            });
            out.add("translations", locales);
        }
        return out.build();
    }

    private static JsonObject step(Step s) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        add(out, "id", s.id());
        add(out, "kind", s.kind());
        add(out, "title", s.title());
        add(out, "body", s.body());
        if (s.element() != null) {
            out.add("element", element(s.element()));
        }
        add(out, "position", s.position());
        add(out, "whenMissing", s.whenMissing());
        if (s.waitSeconds() != null) {
            out.add("waitSeconds", s.waitSeconds());
        }
        add(out, "urlPattern", s.urlPattern());
        add(out, "advanceOn", s.advanceOn());
        return out.build();
    }

    private static JsonObject element(ElementRef e) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        if (e.elementId() != null) {
            out.add("elementId", e.elementId());
        }
        add(out, "selector", e.selector());
        add(out, "text", e.text());
        if (e.requireText() != null) {
            out.add("requireText", e.requireText());
        }
        if (e.ignoreClasses() != null) {
            out.add("ignoreClasses", e.ignoreClasses());
        }
        return out.build();
    }

    private static JsonObject display(DisplayRules r) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        if (r.urlPatterns() != null) {
            out.add("urlPatterns", Json.createArrayBuilder(r.urlPatterns()));
        }
        if (r.elementPresent() != null) {
            out.add("elementPresent", element(r.elementPresent()));
        }
        if (r.elementAbsent() != null) {
            out.add("elementAbsent", element(r.elementAbsent()));
        }
        if (r.userAttributes() != null) {
            out.add("userAttributes", array(r.userAttributes(), a -> {
                JsonObjectBuilder rule = Json.createObjectBuilder();
                add(rule, "name", a.name());
                add(rule, "operator", a.operator());
                add(rule, "value", a.value());
                return rule.build();
            }));
        }
        add(out, "from", r.from());
        add(out, "until", r.until());
        if (r.priority() != null) {
            out.add("priority", r.priority());
        }
        return out.build();
    }

    private static JsonObject section(Section s) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        add(out, "id", s.id());
        add(out, "title", s.title());
        out.add("entries", array(s.entries(), e -> {
            JsonObjectBuilder entry = Json.createObjectBuilder();
            add(entry, "id", e.id());
            if (e.walkthru() != null) {
                entry.add("walkthru", e.walkthru());
            }
            add(entry, "title", e.title());
            add(entry, "url", e.url());
            return entry.build();
        }));
        return out.build();
    }

    private static <T> JsonArrayBuilder array(List<T> values, java.util.function.Function<T, JsonObject> each) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        values.forEach(value -> out.add(each.apply(value)));
        return out;
    }

    private static void add(JsonObjectBuilder out, String name, Object value) {
        if (value != null) {
            out.add(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    /** Reads one document, collecting a problem per misshapen value, each named by its path (steps[1].kind). */
    private static final class Reader extends JsonFields {

        ItemDocument document(JsonObject o) {
            known(o, "", ITEM_FIELDS, READ_ONLY);
            ItemType type = enumeration(o, "", "type", ItemType.class);
            if (type == null && !o.containsKey("type")) {
                problems.add("type: one of " + Arrays.toString(ItemType.values()) + ".");
            }
            return new ItemDocument(type, text(o, "", "name"), text(o, "", "description"), texts(o, "", "tags"), text(o, "", "locale"),
                    object(o, "", "display", this::display), text(o, "", "startUrl"), objects(o, "", "steps", this::step),
                    object(o, "", "element", this::element), enumeration(o, "", "tipStyle", TipStyle.class), bool(o, "", "required"),
                    text(o, "", "label"), enumeration(o, "", "position", Placement.class), id(o, "", "walkthru"), text(o, "", "url"),
                    text(o, "", "title"), text(o, "", "body"), enumeration(o, "", "frequency", Frequency.class),
                    objects(o, "", "sections", this::section), translations(o));
        }

        Step step(JsonObject o, String at) {
            known(o, at, Set.of("id", "kind", "title", "body", "element", "position", "whenMissing", "waitSeconds", "urlPattern",
                    "advanceOn"), Set.of());
            return new Step(text(o, at, "id"), enumeration(o, at, "kind", StepKind.class), text(o, at, "title"), text(o, at, "body"),
                    object(o, at, "element", this::element), enumeration(o, at, "position", Placement.class),
                    enumeration(o, at, "whenMissing", WhenMissing.class), integer(o, at, "waitSeconds"), text(o, at, "urlPattern"),
                    enumeration(o, at, "advanceOn", Advance.class));
        }

        ElementRef element(JsonObject o, String at) {
            known(o, at, Set.of("elementId", "selector", "text", "requireText", "ignoreClasses"), Set.of());
            return new ElementRef(id(o, at, "elementId"), text(o, at, "selector"), text(o, at, "text"), bool(o, at, "requireText"), bool(o, at, "ignoreClasses"));
        }

        DisplayRules display(JsonObject o, String at) {
            known(o, at, Set.of("urlPatterns", "elementPresent", "elementAbsent", "userAttributes", "from", "until", "priority"), Set.of());
            return new DisplayRules(texts(o, at, "urlPatterns"), object(o, at, "elementPresent", this::element),
                    object(o, at, "elementAbsent", this::element), objects(o, at, "userAttributes", (rule, where) -> {
                        known(rule, where, Set.of("name", "operator", "value"), Set.of());
                        return new AttributeRule(text(rule, where, "name"), enumeration(rule, where, "operator", Operator.class),
                                text(rule, where, "value"));
                    }), instant(o, at, "from"), instant(o, at, "until"), integer(o, at, "priority"));
        }

        Section section(JsonObject o, String at) {
            known(o, at, Set.of("id", "title", "entries"), Set.of());
            List<Entry> entries = objects(o, at, "entries", (entry, where) -> {
                known(entry, where, Set.of("id", "walkthru", "title", "url"), Set.of());
                return new Entry(text(entry, where, "id"), id(entry, where, "walkthru"), text(entry, where, "title"),
                        text(entry, where, "url"));
            });
            return new Section(text(o, at, "id"), text(o, at, "title"), entries == null ? List.of() : entries);
        }

        Map<String, Map<String, String>> translations(JsonObject o) {
            JsonValue value = o.get("translations");
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonObject locales)) {
                problems.add("translations: an object of locales, each an object of texts by their ids.");
                return null;
            }
            Map<String, Map<String, String>> translations = new LinkedHashMap<>();
            locales.forEach((locale, texts) -> {
                if (!(texts instanceof JsonObject byId)) {
                    problems.add("translations." + locale + ": an object of texts by their ids.");
                    return;
                }
                Map<String, String> values = new LinkedHashMap<>();
                byId.forEach((id, text) -> {
                    if (text instanceof JsonString s) {
                        values.put(id, s.getString());
                    } else {
                        problems.add("translations." + locale + "." + id + ": a text.");
                    }
                });
                translations.put(locale, values);
            });
            return translations;
        }
    }
}
