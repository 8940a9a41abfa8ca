package org.waymark.authoring.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waymark.authoring.entity.ItemType;

/**
 * The whole definition of one authored item, as one revision stores it and the REST API carries
 * it. The fields of the other types stay null (for a walk-thru: {@code element}, {@code label},
 * …). Texts are in the item's {@code locale}; {@code translations} holds the other locales by
 * {@link #texts() text id}. Rich texts (bodies) hold the sanitized subset of HTML that
 * {@link RichText} keeps; every other text is plain and shown escaped.
 *
 * @param startUrl  walk-thru: the page it starts on when launched elsewhere; null for any page
 * @param element   smart tip and launcher: what it is attached to
 * @param title     shout-out and resource menu
 * @param body      smart tip and shout-out (rich)
 * @param required  smart tip: styled as the hint of a required field
 * @param walkthru  launcher and resource-menu entries: the id of the walk-thru they start, or null for a link
 * @param url       launcher: the link it opens instead of a walk-thru
 */
public record ItemDocument(ItemType type, String name, String description, List<String> tags, String locale, DisplayRules display,
                           String startUrl, List<Step> steps, ElementRef element, TipStyle tipStyle, Boolean required, String label,
                           Placement position, Long walkthru, String url, String title, String body, Frequency frequency,
                           List<Section> sections, Map<String, Map<String, String>> translations) {

    public enum StepKind {
        /** Points at an element. */
        BALLOON,
        /** In the middle of the page, for no element. */
        POPUP,
        /** Shows nothing: continues once an element appears or the URL matches. */
        WAIT_FOR,
        /** Continues when the user clicks the element or types into it. */
        AUTO
    }

    /** Where a balloon or launcher sits next to its element; AUTO picks the side with room. */
    public enum Placement {
        AUTO, TOP, BOTTOM, LEFT, RIGHT
    }

    /** What a step does when its element is not on the page. */
    public enum WhenMissing {
        SKIP,
        /** Shows the step as a pop-up in the middle of the page. */
        CENTER,
        /** Waits {@code waitSeconds} for the element, then skips. */
        WAIT,
        /** Ends the walk-thru. */
        END
    }

    /** What makes an AUTO step continue. */
    public enum Advance {
        CLICK, INPUT
    }

    public enum TipStyle {
        /** An icon next to the element; the tip shows when the user points at it. */
        ICON,
        /** The tip shows when the user points at the element itself. */
        HOVER,
        /** The tip shows while the element has the focus. */
        FOCUS
    }

    public enum Frequency {
        ONCE_PER_USER, ONCE_PER_SESSION, EVERY_VISIT
    }

    public enum Operator {
        EQUALS, NOT_EQUALS
    }

    /**
     * How the player finds an element. The author's choices of precision are part of it.
     *
     * @param elementId     the system's library element it was taken from, whose descriptor helps find it when the selector fails; or null
     * @param selector      the CSS selector
     * @param text          the element's own visible text when captured
     * @param requireText   only an element that shows this text
     * @param ignoreClasses match without the element's classes
     */
    public record ElementRef(Long elementId, String selector, String text, Boolean requireText, Boolean ignoreClasses) {
    }

    /**
     * @param id           stable within the item, so that translations and diffs follow a step that moves
     * @param waitSeconds  how long WAIT (when missing) and WAIT_FOR wait
     * @param urlPattern   WAIT_FOR: continue once the page's URL matches
     */
    public record Step(String id, StepKind kind, String title, String body, ElementRef element, Placement position,
                       WhenMissing whenMissing, Integer waitSeconds, String urlPattern, Advance advanceOn) {
    }

    /** A value the host page reports about its user, such as department = sales. */
    public record AttributeRule(String name, Operator operator, String value) {
    }

    /**
     * When the player shows the item. Empty lists and nulls do not restrict.
     *
     * @param priority the higher wins when several items compete for the same moment
     */
    public record DisplayRules(List<String> urlPatterns, ElementRef elementPresent, ElementRef elementAbsent,
                               List<AttributeRule> userAttributes, Instant from, Instant until, Integer priority) {
    }

    public record Section(String id, String title, List<Entry> entries) {
    }

    /** A resource-menu entry: a walk-thru of the same system, or a titled link. */
    public record Entry(String id, Long walkthru, String title, String url) {
    }

    /** One text the player shows, under its id for translations. */
    public record Text(String value, boolean rich) {
    }

    /** The texts the player shows, in order, by the ids translations and XLIFF use. Empty ones are left out. */
    public Map<String, Text> texts() {
        Map<String, Text> texts = new LinkedHashMap<>();
        for (Step step : steps == null ? List.<Step>of() : steps) {
            put(texts, "steps." + step.id() + ".title", step.title(), false);
            put(texts, "steps." + step.id() + ".body", step.body(), true);
        }
        put(texts, "label", label, false);
        put(texts, "title", title, false);
        put(texts, "body", body, true);
        for (Section section : sections == null ? List.<Section>of() : sections) {
            put(texts, "sections." + section.id() + ".title", section.title(), false);
            for (Entry entry : section.entries()) {
                put(texts, "entries." + entry.id() + ".title", entry.title(), false);
            }
        }
        return texts;
    }

    private static void put(Map<String, Text> texts, String id, String value, boolean rich) {
        if (value != null && !value.isEmpty()) {
            texts.put(id, new Text(value, rich));
        }
    }
}
