package org.waymark.authoring.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.common.control.BudgetedText;
import org.waymark.common.control.WebAddress;

/**
 * What identifies an element of a target page robustly, as the capture overlay records it: the
 * main selector and how many elements it matched then, and what the player falls back on when the
 * page changes (stable id, test attributes, role and accessible name, label, own text, stable
 * classes, CSS path, position among similar siblings, landmarks around it, the page's URL
 * pattern). Never an input's value, never page text beyond the element's own label and text.
 *
 * @param id         null when it looked generated
 * @param matchCount how many elements the selector matched when captured: anything but 1 deserves a look
 */
public record ElementDescriptor(String selector, int matchCount, String tag, String id, Map<String, String> testAttributes, String role,
                                String accessibleName, String label, String text, List<String> classes, String cssPath,
                                Integer siblingIndex, List<String> landmarks, String pageUrl, String urlPattern) {

    static final int TEXT_MAX = 200;
    private static final Set<String> FIELDS = Set.of("selector", "matchCount", "tag", "id", "testAttributes", "role", "accessibleName",
            "label", "text", "classes", "cssPath", "siblingIndex", "landmarks", "pageUrl", "urlPattern");
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern TEST_ATTRIBUTE = Pattern.compile("data-[a-z0-9_-]{1,50}");
    private static final Pattern ROLE = Pattern.compile("[a-z]{1,40}");
    private static final Pattern CLASS = Pattern.compile("-?[_a-zA-Z][_a-zA-Z0-9-]{0,99}");

    /** Checks everything a capture or an API client sent. @throws Refusal listing every problem at once */
    public static ElementDescriptor read(JsonObject json) {
        Reader in = new Reader();
        ElementDescriptor descriptor = in.descriptor(json);
        if (!in.problems.isEmpty()) {
            throw Refusal.invalid(in.problems);
        }
        return descriptor;
    }

    /** A descriptor as stored (checked when it was stored). */
    public static ElementDescriptor parse(String json) {
        return read(ItemJson.parse(json));
    }

    /** The page a descriptor says it was captured on, checked: an http(s) address. */
    public URI page() {
        return URI.create(pageUrl);
    }

    public JsonObject toJson() {
        JsonObjectBuilder out = Json.createObjectBuilder().add("selector", selector).add("matchCount", matchCount).add("tag", tag);
        optional(out, "id", id);
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        testAttributes.forEach(attributes::add);
        out.add("testAttributes", attributes);
        optional(out, "role", role);
        optional(out, "accessibleName", accessibleName);
        optional(out, "label", label);
        optional(out, "text", text);
        out.add("classes", Json.createArrayBuilder(classes));
        optional(out, "cssPath", cssPath);
        if (siblingIndex != null) {
            out.add("siblingIndex", siblingIndex);
        }
        out.add("landmarks", Json.createArrayBuilder(landmarks));
        out.add("pageUrl", pageUrl);
        optional(out, "urlPattern", urlPattern);
        return out.build();
    }

    private static void optional(JsonObjectBuilder out, String name, String value) {
        if (value != null) {
            out.add(name, value);
        }
    }

    private static final class Reader extends JsonFields {

        ElementDescriptor descriptor(JsonObject o) {
            known(o, "", FIELDS, Set.of());
            String selector = strip(text(o, "", "selector"));
            String selectorProblem = ItemCheck.selectorProblem(selector == null ? "" : selector);
            if (selectorProblem != null) {
                problems.add("selector: " + selectorProblem);
            }
            Integer matchCount = integer(o, "", "matchCount");
            if (matchCount == null || matchCount < 0) {
                problems.add("matchCount: how many elements the selector matched, 0 or more.");
            }
            String tag = strip(text(o, "", "tag"));
            if (tag == null || !TAG.matcher(tag.toLowerCase(Locale.ROOT)).matches()) {
                problems.add("tag: an element name such as button.");
            }
            String cssPath = strip(text(o, "", "cssPath"));
            if (cssPath != null && ItemCheck.selectorProblem(cssPath) != null) {
                problems.add("cssPath: " + ItemCheck.selectorProblem(cssPath));
            }
            Integer siblingIndex = integer(o, "", "siblingIndex");
            if (siblingIndex != null && (siblingIndex < 0 || siblingIndex > 100_000)) {
                problems.add("siblingIndex: 0 or more.");
            }
            String role = strip(text(o, "", "role"));
            if (role != null && !ROLE.matcher(role).matches()) {
                problems.add("role: an ARIA role such as button.");
            }
            return new ElementDescriptor(selector, matchCount == null ? 0 : matchCount, tag == null ? null : tag.toLowerCase(Locale.ROOT),
                    plain("id", text(o, "", "id")), testAttributes(o), role, plain("accessibleName", text(o, "", "accessibleName")),
                    plain("label", text(o, "", "label")), plain("text", text(o, "", "text")), classes(o), cssPath, siblingIndex,
                    landmarks(o), pageUrl(o), urlPattern(o));
        }

        private Map<String, String> testAttributes(JsonObject o) {
            Map<String, String> attributes = new LinkedHashMap<>();
            JsonObject given = object(o, "", "testAttributes", (value, at) -> value);
            if (given == null) {
                return attributes;
            }
            if (given.size() > 10) {
                problems.add("testAttributes: at most 10.");
            }
            given.forEach((name, value) -> {
                if (!TEST_ATTRIBUTE.matcher(name).matches() || !(value instanceof JsonString string)) {
                    problems.add("testAttributes." + name + ": a data-* attribute and its text.");
                } else {
                    attributes.put(name, plain("testAttributes." + name, string.getString()));
                }
            });
            return attributes;
        }

        private List<String> classes(JsonObject o) {
            List<String> given = texts(o, "", "classes");
            if (given == null) {
                return List.of();
            }
            if (given.size() > 20 || !given.stream().allMatch(name -> CLASS.matcher(name).matches())) {
                problems.add("classes: at most 20 class names.");
            }
            return List.copyOf(given);
        }

        private List<String> landmarks(JsonObject o) {
            List<String> given = texts(o, "", "landmarks");
            if (given == null) {
                return List.of();
            }
            if (given.size() > 10) {
                problems.add("landmarks: at most 10.");
            }
            List<String> landmarks = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                landmarks.add(plain("landmarks[" + i + "]", given.get(i)));
            }
            return landmarks;
        }

        /** Without query or fragment, which may carry what the user searched for or a session: the page, not the visit. */
        private String pageUrl(JsonObject o) {
            String given = strip(text(o, "", "pageUrl"));
            String url = given == null ? null : given.replaceFirst("[?#].*$", "");
            if (WebAddress.http(url, 2_000).isPresent()) {
                return url;
            }
            problems.add("pageUrl: the http or https address of the page, at most 2000 characters.");
            return url;
        }

        private String urlPattern(JsonObject o) {
            String pattern = strip(text(o, "", "urlPattern"));
            if (pattern == null) {
                return null;
            }
            try {
                if (pattern.length() > TargetSystem.PATTERN_MAX) {
                    throw new IllegalArgumentException("at most " + TargetSystem.PATTERN_MAX + " characters.");
                }
                UrlPattern.parse(pattern);
            } catch (IllegalArgumentException | BudgetedText.TooSlow e) {
                problems.add("urlPattern: " + (e instanceof BudgetedText.TooSlow ? "the expression backtracks without end." : e.getMessage()));
            }
            return pattern;
        }

        /** Plain text, trimmed and length-limited as the overlay sends it; null when empty. */
        private String plain(String at, String given) {
            String text = strip(given);
            if (text == null) {
                return null;
            }
            if (text.length() > TEXT_MAX || ItemCheck.UNPRINTABLE.matcher(text).find()) {
                problems.add(at + ": at most " + TEXT_MAX + " characters of plain text.");
            }
            return text;
        }

        private static String strip(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
