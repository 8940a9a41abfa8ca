package org.waymark.authoring.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.jsoup.select.Selector;
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
import org.waymark.authoring.control.ItemDocument.Text;
import org.waymark.authoring.control.ItemDocument.TipStyle;
import org.waymark.authoring.control.ItemDocument.WhenMissing;
import org.waymark.authoring.entity.ContentItem;
import org.waymark.authoring.entity.ItemType;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.common.control.BudgetedText;
import org.waymark.common.control.WebAddress;

/**
 * Checks an item's definition and puts it in its one stored form: texts trimmed, rich texts
 * sanitized, defaults written out, ids given to new steps, sections and entries. Checking the
 * result again changes nothing, so a save that changes nothing is recognised as such.
 */
public final class ItemCheck {

    public static final String DEFAULT_LOCALE = "en";
    static final int TITLE_MAX = 200;
    static final int LABEL_MAX = 60;
    static final int ELEMENT_TEXT_MAX = 200;
    /** Visible characters of a rich text, once sanitized. */
    static final int BODY_MAX = 5_000;
    /** Characters of a rich text as sent: beyond this it is refused before it is parsed. */
    static final int BODY_INPUT_MAX = 20_000;
    static final int SELECTOR_MAX = 1_000;
    static final int URL_MAX = 2_000;
    static final int TAGS_MAX = 20;
    static final int STEPS_MAX = 100;
    static final int SECTIONS_MAX = 20;
    static final int ENTRIES_MAX = 100;
    static final int ATTRIBUTES_MAX = 20;
    static final int PATTERNS_MAX = 50;
    static final int WAIT_MAX_SECONDS = 600;
    static final int PRIORITY_MAX = 1_000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    /** Control characters, and the directional overrides that make a text read otherwise than it is. */
    static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

    /** Control characters or bidirectional overrides, which make a name read otherwise than it is (such as U+202E). */
    public static boolean hasUnprintable(String text) {
        return UNPRINTABLE.matcher(text).find();
    }

    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final References references;

    /**
     * What ids an item may name, in its own system.
     *
     * @param walkthru whether an id names a walk-thru (launchers and menus start them)
     * @param element  whether an id names a library element (steps, tips and launchers point at them)
     */
    public record References(LongPredicate walkthru, LongPredicate element) {

        /** For checks that involve no other item. */
        static final References NONE = new References(id -> false, id -> false);
    }

    private ItemCheck(References references) {
        this.references = references;
    }

    /** @throws Refusal listing every problem at once */
    public static ItemDocument checked(ItemDocument document, References references) {
        ItemCheck check = new ItemCheck(references);
        ItemDocument clean = check.document(document);
        if (!check.problems.isEmpty()) {
            throw Refusal.invalid(check.problems);
        }
        return clean;
    }

    /**
     * The texts of one other locale, checked against the document's text ids: rich ones sanitized,
     * empty ones dropped (the player then shows the default locale's).
     *
     * @throws Refusal listing every problem at once
     */
    public static Map<String, String> checkedTranslation(ItemDocument document, String locale, Map<String, String> texts) {
        ItemCheck check = new ItemCheck(References.NONE);
        Map<String, String> clean = check.translation(document.texts(), document.locale(), locale, texts);
        if (!check.problems.isEmpty()) {
            throw Refusal.invalid(check.problems);
        }
        return clean;
    }

    private ItemDocument document(ItemDocument d) {
        ItemType type = Objects.requireNonNull(d.type(), "type");
        String name = plain("name", d.name(), ContentItem.NAME_MAX, true);
        String description = Objects.requireNonNullElse(lines("description", d.description(), ContentItem.DESCRIPTION_MAX), "");
        List<String> tags = tags(d.tags());
        String locale = d.locale() == null ? DEFAULT_LOCALE : locale("locale", d.locale());
        DisplayRules display = display(d.display() == null ? new DisplayRules(null, null, null, null, null, null, null) : d.display());
        only(type, ItemType.WALKTHRU, "startUrl", d.startUrl());
        only(type, ItemType.WALKTHRU, "steps", d.steps());
        boolean attached = type == ItemType.SMART_TIP || type == ItemType.LAUNCHER;
        if (!attached && d.element() != null) {
            problems.add("element: only smart tips and launchers are attached to an element.");
        }
        only(type, ItemType.SMART_TIP, "tipStyle", d.tipStyle());
        only(type, ItemType.SMART_TIP, "required", d.required());
        only(type, ItemType.LAUNCHER, "label", d.label());
        only(type, ItemType.LAUNCHER, "position", d.position());
        only(type, ItemType.LAUNCHER, "walkthru", d.walkthru());
        only(type, ItemType.LAUNCHER, "url", d.url());
        if (type != ItemType.SHOUT_OUT && type != ItemType.RESOURCE_MENU && d.title() != null) {
            problems.add("title: only shout-outs and resource menus have a title of their own; a walk-thru's steps have titles.");
        }
        if (type != ItemType.SMART_TIP && type != ItemType.SHOUT_OUT && d.body() != null) {
            problems.add("body: only smart tips and shout-outs have a body of their own; a walk-thru's steps have bodies.");
        }
        only(type, ItemType.SHOUT_OUT, "frequency", d.frequency());
        only(type, ItemType.RESOURCE_MENU, "sections", d.sections());
        ItemDocument clean = switch (type) {
            case WALKTHRU -> new ItemDocument(type, name, description, tags, locale, display, url("startUrl", d.startUrl(), false),
                    steps(d.steps()), null, null, null, null, null, null, null, null, null, null, null, null);
            case SMART_TIP -> new ItemDocument(type, name, description, tags, locale, display, null, null,
                    element("element", d.element(), true), Objects.requireNonNullElse(d.tipStyle(), TipStyle.ICON),
                    Boolean.TRUE.equals(d.required()), null, null, null, null, null, rich("body", d.body(), true), null, null, null);
            case LAUNCHER -> launcher(d, name, description, tags, locale, display);
            case SHOUT_OUT -> new ItemDocument(type, name, description, tags, locale, display, null, null, null, null, null, null, null,
                    null, null, plain("title", d.title(), TITLE_MAX, true), rich("body", d.body(), true),
                    Objects.requireNonNullElse(d.frequency(), Frequency.ONCE_PER_USER), null, null);
            case RESOURCE_MENU -> new ItemDocument(type, name, description, tags, locale, display, null, null, null, null, null, null,
                    null, null, null, plain("title", d.title(), TITLE_MAX, true), null, null, sections(d.sections()), null);
        };
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        if (d.translations() != null) {
            Map<String, Text> texts = clean.texts();
            d.translations().forEach((other, byId) -> {
                Map<String, String> checked = translation(texts, locale, other, byId);
                if (!checked.isEmpty()) {
                    translations.put(other, checked);
                }
            });
        }
        return new ItemDocument(clean.type(), clean.name(), clean.description(), clean.tags(), clean.locale(), clean.display(),
                clean.startUrl(), clean.steps(), clean.element(), clean.tipStyle(), clean.required(), clean.label(), clean.position(),
                clean.walkthru(), clean.url(), clean.title(), clean.body(), clean.frequency(), clean.sections(), translations);
    }

    private ItemDocument launcher(ItemDocument d, String name, String description, List<String> tags, String locale, DisplayRules display) {
        if ((d.walkthru() == null) == (d.url() == null)) {
            problems.add("A launcher starts a walk-thru (walkthru) or opens a link (url): one of the two.");
        }
        walkthru("walkthru", d.walkthru());
        return new ItemDocument(ItemType.LAUNCHER, name, description, tags, locale, display, null, null, element("element", d.element(), true),
                null, null, plain("label", d.label(), LABEL_MAX, true), Objects.requireNonNullElse(d.position(), Placement.AUTO),
                d.walkthru(), url("url", d.url(), false), null, null, null, null, null);
    }

    private List<Step> steps(List<Step> steps) {
        if (steps == null || steps.isEmpty() || steps.size() > STEPS_MAX) {
            problems.add("steps: a walk-thru has 1 to " + STEPS_MAX + " steps.");
            return List.of();
        }
        List<Step> clean = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            clean.add(step("steps[" + i + "]", steps.get(i)));
        }
        return clean;
    }

    private Step step(String at, Step s) {
        String id = id(at, s.id());
        StepKind kind = s.kind();
        if (kind == null) {
            problems.add(at + ".kind: BALLOON, POPUP, WAIT_FOR or AUTO.");
            return s;
        }
        String title = plain(at + ".title", s.title(), TITLE_MAX, false);
        String body = rich(at + ".body", s.body(), false);
        boolean shows = kind == StepKind.BALLOON || kind == StepKind.POPUP;
        if (shows && title == null && body == null) {
            problems.add(at + ": a " + kind.name().toLowerCase(Locale.ROOT) + " shows a title, a body or both.");
        }
        if (!shows && (title != null || body != null)) {
            problems.add(at + ": a " + kind.name().toLowerCase(Locale.ROOT) + " step shows nothing; give it no title or body.");
        }
        String urlPattern = kind == StepKind.WAIT_FOR ? urlPattern(at + ".urlPattern", s.urlPattern()) : null;
        if (kind != StepKind.WAIT_FOR && s.urlPattern() != null) {
            problems.add(at + ".urlPattern: only a WAIT_FOR step waits for a URL.");
        }
        ElementRef element = null;
        switch (kind) {
            case BALLOON, AUTO -> element = element(at + ".element", s.element(), true);
            case WAIT_FOR -> {
                element = element(at + ".element", s.element(), false);
                if (element == null && urlPattern == null) {
                    problems.add(at + ": a WAIT_FOR step waits for an element, a URL pattern or both.");
                }
            }
            case POPUP -> {
                if (s.element() != null) {
                    problems.add(at + ".element: a pop-up points at no element; use a balloon.");
                }
            }
        }
        if (kind != StepKind.BALLOON && s.position() != null) {
            problems.add(at + ".position: only a balloon has a position.");
        }
        if (kind != StepKind.AUTO && s.advanceOn() != null) {
            problems.add(at + ".advanceOn: only an AUTO step advances on the user's action.");
        }
        WhenMissing whenMissing = null;
        Integer waitSeconds = null;
        if (element != null || kind == StepKind.WAIT_FOR) {
            whenMissing = Objects.requireNonNullElse(s.whenMissing(), kind == StepKind.WAIT_FOR ? WhenMissing.WAIT : WhenMissing.SKIP);
            if (kind == StepKind.WAIT_FOR && whenMissing == WhenMissing.CENTER) {
                problems.add(at + ".whenMissing: a WAIT_FOR step shows nothing to centre.");
            }
            if (whenMissing == WhenMissing.WAIT || kind == StepKind.WAIT_FOR) {
                waitSeconds = Objects.requireNonNullElse(s.waitSeconds(), 10);
                if (waitSeconds < 1 || waitSeconds > WAIT_MAX_SECONDS) {
                    problems.add(at + ".waitSeconds: 1 to " + WAIT_MAX_SECONDS + ".");
                }
            } else if (s.waitSeconds() != null) {
                problems.add(at + ".waitSeconds: only when the step waits (whenMissing WAIT, or a WAIT_FOR step).");
            }
        } else if (s.whenMissing() != null || s.waitSeconds() != null) {
            problems.add(at + ": whenMissing and waitSeconds are for steps with an element.");
        }
        return new Step(id, kind, title, body, element, kind == StepKind.BALLOON ? Objects.requireNonNullElse(s.position(), Placement.AUTO)
                : null, whenMissing, waitSeconds, urlPattern, kind == StepKind.AUTO ? Objects.requireNonNullElse(s.advanceOn(),
                Advance.CLICK) : null);
    }

    private List<Section> sections(List<Section> sections) {
        if (sections == null || sections.isEmpty() || sections.size() > SECTIONS_MAX) {
            problems.add("sections: a resource menu has 1 to " + SECTIONS_MAX + " sections.");
            return List.of();
        }
        List<Section> clean = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String at = "sections[" + i + "]";
            Section section = sections.get(i);
            List<Entry> entries = new ArrayList<>();
            if (section.entries().size() > ENTRIES_MAX) {
                problems.add(at + ".entries: at most " + ENTRIES_MAX + ".");
            }
            for (int j = 0; j < section.entries().size(); j++) {
                String where = at + ".entries[" + j + "]";
                Entry entry = section.entries().get(j);
                if ((entry.walkthru() == null) == (entry.url() == null)) {
                    problems.add(where + ": an entry starts a walk-thru (walkthru) or is a link (title and url).");
                }
                if (entry.walkthru() != null && entry.title() != null) {
                    problems.add(where + ".title: a walk-thru entry shows the walk-thru's own name.");
                }
                walkthru(where + ".walkthru", entry.walkthru());
                entries.add(new Entry(id(where, entry.id()), entry.walkthru(),
                        plain(where + ".title", entry.title(), TITLE_MAX, entry.url() != null), url(where + ".url", entry.url(), false)));
            }
            clean.add(new Section(id(at, section.id()), plain(at + ".title", section.title(), TITLE_MAX, true), entries));
        }
        return clean;
    }

    private DisplayRules display(DisplayRules r) {
        List<String> patterns = r.urlPatterns() == null ? List.of() : r.urlPatterns().stream().map(String::strip).toList();
        if (patterns.size() > PATTERNS_MAX) {
            problems.add("display.urlPatterns: at most " + PATTERNS_MAX + ".");
        }
        for (int i = 0; i < patterns.size(); i++) {
            urlPattern("display.urlPatterns[" + i + "]", patterns.get(i));
        }
        List<AttributeRule> attributes = new ArrayList<>();
        List<AttributeRule> given = r.userAttributes() == null ? List.of() : r.userAttributes();
        if (given.size() > ATTRIBUTES_MAX) {
            problems.add("display.userAttributes: at most " + ATTRIBUTES_MAX + ".");
        }
        for (int i = 0; i < given.size(); i++) {
            String at = "display.userAttributes[" + i + "]";
            AttributeRule rule = given.get(i);
            String name = rule.name() == null ? "" : rule.name().strip();
            if (!ATTRIBUTE.matcher(name).matches()) {
                problems.add(at + ".name: a name the host page provides, such as department: a letter, then letters, digits, _ . -"
                        + " (at most 64).");
            }
            attributes.add(new AttributeRule(name, Objects.requireNonNullElse(rule.operator(), Operator.EQUALS),
                    Objects.requireNonNullElse(plain(at + ".value", rule.value(), TITLE_MAX, false), "")));
        }
        if (r.from() != null && r.until() != null && !r.from().isBefore(r.until())) {
            problems.add("display: from is before until.");
        }
        int priority = Objects.requireNonNullElse(r.priority(), 0);
        if (priority < 0 || priority > PRIORITY_MAX) {
            problems.add("display.priority: 0 to " + PRIORITY_MAX + ".");
        }
        return new DisplayRules(patterns, element("display.elementPresent", r.elementPresent(), false),
                element("display.elementAbsent", r.elementAbsent(), false), attributes, r.from(), r.until(), priority);
    }

    private ElementRef element(String at, ElementRef e, boolean required) {
        if (e == null) {
            if (required) {
                problems.add(at + ": the element it points at, with its selector.");
            }
            return null;
        }
        String selector = e.selector() == null ? "" : e.selector().strip();
        String problem = selectorProblem(selector);
        if (problem != null) {
            problems.add(at + ".selector: " + problem);
        }
        String text = plain(at + ".text", e.text(), ELEMENT_TEXT_MAX, false);
        boolean requireText = Boolean.TRUE.equals(e.requireText());
        if (requireText && text == null) {
            problems.add(at + ".requireText: requires the element's text.");
        }
        if (e.elementId() != null && !references.element().test(e.elementId())) {
            problems.add(at + ".elementId: there is no element " + e.elementId() + " in this system's library.");
        }
        return new ElementRef(e.elementId(), selector, text, requireText, Boolean.TRUE.equals(e.ignoreClasses()));
    }

    /** @return what is wrong with a CSS selector, or null when it is one */
    static String selectorProblem(String selector) {
        if (selector.isEmpty() || selector.length() > SELECTOR_MAX) {
            return "a CSS selector of 1 to " + SELECTOR_MAX + " characters.";
        }
        try {
            Selector.evaluatorOf(selector);
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) { // jsoup: SelectorParseException, ValidationException
            return "not a CSS selector (" + e.getMessage() + ").";
        }
    }

    private Map<String, String> translation(Map<String, Text> texts, String itemLocale, String locale, Map<String, String> given) {
        String at = "translations." + locale;
        String checkedLocale = locale(at, locale);
        if (checkedLocale != null && checkedLocale.equals(itemLocale)) {
            problems.add(at + ": this is the item's own locale; change its texts instead.");
        }
        Map<String, String> clean = new LinkedHashMap<>();
        given.forEach((id, value) -> {
            Text original = texts.get(id);
            if (original == null) {
                problems.add(at + "." + id + ": the item has no such text.");
                return;
            }
            String checked = original.rich() ? rich(at + "." + id, value, false) : plain(at + "." + id, value, TITLE_MAX, false);
            if (checked != null) {
                clean.put(id, checked);
            }
        });
        return clean;
    }

    private void only(ItemType type, ItemType owner, String field, Object value) {
        if (type != owner && value != null) {
            problems.add(field + ": only for " + owner + ", not " + type + ".");
        }
    }

    private String id(String at, String given) {
        String id = given;
        if (id == null) {
            do {
                id = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
            } while (ids.contains(id));
        } else if (!ID.matcher(id).matches()) {
            problems.add(at + ".id: 1 to 40 letters, digits, _ and -; leave it out for a new one.");
        }
        if (!ids.add(id)) {
            problems.add(at + ".id: " + id + " is used twice in this item.");
        }
        return id;
    }

    private void walkthru(String at, Long id) {
        if (id != null && !references.walkthru().test(id)) {
            problems.add(at + ": there is no walk-thru " + id + " in this system.");
        }
    }

    private List<String> tags(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String tag : given) {
            String clean = tag == null ? "" : tag.strip();
            if (clean.length() > ContentItem.TAG_MAX || !TAG.matcher(clean).matches()) {
                problems.add("tags: each 1 to " + ContentItem.TAG_MAX + " letters, digits, spaces, _ . -, starting with a letter or digit.");
            } else if (seen.add(clean.toLowerCase(Locale.ROOT))) {
                tags.add(clean);
            }
        }
        if (tags.size() > TAGS_MAX) {
            problems.add("tags: at most " + TAGS_MAX + ".");
        }
        return tags.stream().sorted().toList();
    }

    private String locale(String at, String given) {
        String tag = languageTag(given);
        if (tag == null) {
            problems.add(at + ": a language tag such as en, de or pt-BR.");
        }
        return tag;
    }

    /** @return the tag in its one written form (pt-br is pt-BR), or null when the text is no language tag */
    public static String languageTag(String given) {
        String tag = given == null ? "" : given.strip();
        Locale locale = Locale.forLanguageTag(tag);
        return tag.isEmpty() || locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag) ? null
                : locale.toLanguageTag();
    }

    /** @return the stripped text, or null when empty and not required */
    private String plain(String at, String given, int max, boolean required) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(at + ": required.");
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(at + ": at most " + max + " characters.");
        }
        if (UNPRINTABLE.matcher(text).find()) {
            problems.add(at + ": no control characters or direction overrides.");
        }
        return text;
    }

    /** Plain text that may run over several lines (typed into a text area): line ends become \n, tabs stay. */
    private String lines(String at, String given, int max) {
        String text = given == null ? "" : RichText.unixLineEnds(given.strip());
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(at + ": at most " + max + " characters.");
        }
        if (UNPRINTABLE.matcher(text.replace('\n', ' ').replace('\t', ' ')).find()) {
            problems.add(at + ": no control characters other than line ends and tabs, no direction overrides.");
        }
        return text.isEmpty() ? null : text;
    }

    /** @return the sanitized text, or null when nothing visible is left and the text is not required */
    private String rich(String at, String given, boolean required) {
        if (given != null && given.length() > BODY_INPUT_MAX) {
            problems.add(at + ": at most " + BODY_MAX + " characters (this one has " + given.length() + " with its markup).");
            return null;
        }
        String clean = given == null ? "" : RichText.sanitize(given);
        String visible = RichText.visibleText(clean).strip();
        if (visible.isEmpty()) {
            if (required) {
                problems.add(at + ": required.");
            }
            return null;
        }
        if (visible.codePointCount(0, visible.length()) > BODY_MAX) {
            problems.add(at + ": at most " + BODY_MAX + " characters.");
        }
        if (UNPRINTABLE.matcher(visible.replace('\n', ' ')).find()) {
            problems.add(at + ": no control characters or direction overrides.");
        }
        return clean;
    }

    private String url(String at, String given, boolean required) {
        String url = given == null ? "" : given.strip();
        if (url.isEmpty()) {
            if (required) {
                problems.add(at + ": required.");
            }
            return null;
        }
        if (WebAddress.http(url, URL_MAX).isEmpty()) {
            problems.add(at + ": an http or https address of at most " + URL_MAX + " characters.");
        }
        return url;
    }

    private String urlPattern(String at, String given) {
        String pattern = given == null ? "" : given.strip();
        if (pattern.isEmpty()) {
            return null;
        }
        if (pattern.length() > TargetSystem.PATTERN_MAX) {
            problems.add(at + ": at most " + TargetSystem.PATTERN_MAX + " characters.");
            return pattern;
        }
        try {
            UrlPattern.parse(pattern);
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
        } catch (BudgetedText.TooSlow e) {
            problems.add(at + ": the expression backtracks without end; simplify it.");
        }
        return pattern;
    }
}
