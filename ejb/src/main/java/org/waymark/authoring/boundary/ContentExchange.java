package org.waymark.authoring.boundary;

import static org.waymark.access.entity.Permission.CONTENT_EDIT;
import static org.waymark.access.entity.Permission.CONTENT_TRANSLATE;
import static org.waymark.access.entity.Permission.CONTENT_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SystemScope;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.authoring.control.ElementDescriptor;
import org.waymark.authoring.control.ItemCheck;
import org.waymark.authoring.control.ItemDocument.ElementRef;
import org.waymark.authoring.control.ItemDocument;
import org.waymark.authoring.control.ItemJson;
import org.waymark.authoring.control.Progress;
import org.waymark.authoring.control.RichText;
import org.waymark.authoring.control.SystemKeys;
import org.waymark.authoring.control.Xliff;
import org.waymark.authoring.entity.ContentItem;
import org.waymark.authoring.entity.ContentRevision;
import org.waymark.authoring.entity.ItemType;
import org.waymark.authoring.entity.LibraryElement;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;

/**
 * A system's content in and out: its texts as XLIFF 2.0 for translators, and all of it (library and
 * items) as one JSON document, to move between installations or keep as a backup. Every import
 * checks everything first and then changes all or nothing.
 */
@Stateless
public class ContentExchange {

    /** What a JSON export says it is; an import refuses anything else. */
    public static final String FORMAT = "waymark-content";
    public static final int VERSION = 1;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    Items items;

    @Inject
    Elements elements;

    /** What an import did. */
    public record Imported(int items, int elements, int texts) {
    }

    /**
     * The texts of the items written in {@code source}, with their {@code target} translations so
     * far; an agency fills in the rest.
     */
    @Requires(CONTENT_VIEW)
    public String exportXliff(@SystemScope String key, String source, String target) {
        TargetSystem system = system(key);
        String from = language("source", source);
        String to = language("target", target);
        List<Xliff.File> files = new ArrayList<>();
        for (Latest latest : latest(system)) {
            if (!latest.document().locale().equals(from)) {
                continue;
            }
            Map<String, String> translated = latest.document().translations().getOrDefault(to, Map.of());
            List<Xliff.Unit> units = latest.document().texts().entrySet().stream()
                    .map(text -> new Xliff.Unit(text.getKey(), text.getValue().value(), translated.get(text.getKey()))).toList();
            if (!units.isEmpty()) {
                files.add(new Xliff.File("item-" + latest.item().getId(), latest.item().getName(), units));
            }
        }
        audit.record(access.requireCaller(), "content.export.xliff", AuditOutcome.SUCCESS, "system " + key,
                files.size() + " items, " + from + " to " + to);
        return Xliff.write(new Xliff.Document(from, to, files));
    }

    /**
     * The translations of an XLIFF document, all or nothing: every file must name an item of this
     * system (once) written in the document's source language, every unit one of its texts (once)
     * as it reads now, every rich target sound markup. Targets
     * replace the translations of their texts; texts without a target keep theirs.
     *
     * @throws Refusal listing every problem at once
     */
    @Requires(CONTENT_TRANSLATE)
    public Imported importXliff(@SystemScope String key, String xliff) {
        return importXliff(key, xliff, Progress.NONE);
    }

    /** {@link #importXliff(String, String)}, telling {@code progress} of each file checked and written. */
    @Requires(CONTENT_TRANSLATE)
    public Imported importXliff(@SystemScope String key, String xliff, Progress progress) {
        return auditingRefusals(key, "content.import.xliff", () -> translationsFrom(key, xliff, progress));
    }

    private Imported translationsFrom(String key, String xliff, Progress progress) {
        TargetSystem system = system(key);
        Xliff.Document document = Xliff.read(xliff);
        progress.expect(document.files().size());
        String locale = language("trgLang", document.targetLanguage());
        String written = language("srcLang", document.sourceLanguage());
        List<String> problems = new ArrayList<>();
        Map<Long, Map<String, String>> byItem = new LinkedHashMap<>();
        int count = 0;
        for (Xliff.File file : document.files()) {
            progress.step();
            ContentItem item = file.id() != null && file.id().matches("item-\\d{1,18}")
                    ? em.find(ContentItem.class, Long.parseLong(file.id().substring(5))) : null;
            if (item == null || item.getSystemId() != system.getId()) {
                problems.add("file " + file.id() + ": there is no such item in " + key + ".");
                continue;
            }
            if (byItem.containsKey(item.getId())) {
                problems.add("file " + file.id() + ": the item's file appears twice.");
                continue;
            }
            ItemDocument latest = items.revision(key, item.getId(), item.getLatestRevision());
            if (!latest.locale().equals(written)) {
                problems.add("file " + file.id() + ": the item is written in " + latest.locale() + ", the file's texts in " + written + ".");
                continue;
            }
            Map<String, String> texts = new LinkedHashMap<>(latest.translations().getOrDefault(locale, Map.of()));
            Set<String> seen = new HashSet<>();
            for (Xliff.Unit unit : file.units()) {
                ItemDocument.Text original = unit.id() == null ? null : latest.texts().get(unit.id());
                if (unit.id() != null && !seen.add(unit.id())) {
                    problems.add("file " + file.id() + ", unit " + unit.id() + ": the unit appears twice.");
                } else if (original == null) {
                    problems.add("file " + file.id() + ", unit " + unit.id() + ": the item has no such text.");
                } else if (unit.target() != null && (unit.source() == null
                        || !RichText.unixLineEnds(original.value()).equals(RichText.unixLineEnds(unit.source())))) {
                    problems.add("file " + file.id() + ", unit " + unit.id() + ": the text changed since the export; export again and carry"
                            + " the translation over.");
                } else if (unit.target() != null && original.rich() && !Xliff.isWellFormedFragment(unit.target())) {
                    problems.add("file " + file.id() + ", unit " + unit.id() + ": the target's markup is broken.");
                } else if (unit.target() != null) {
                    texts.put(unit.id(), unit.target());
                    count++;
                }
            }
            try {
                ItemCheck.checkedTranslation(latest, locale, texts);
            } catch (Refusal refused) {
                refused.problems().forEach(problem -> problems.add("file " + file.id() + ": " + problem));
            }
            byItem.put(item.getId(), texts);
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        byItem.forEach((id, texts) -> {
            items.translate(key, id, locale, texts, null);
            progress.step();
        });
        audit.record(access.requireCaller(), "content.import.xliff", AuditOutcome.SUCCESS, "system " + key,
                count + " texts in " + locale + " for " + byItem.size() + " items");
        return new Imported(byItem.size(), 0, count);
    }

    /** The library and every item's latest revision, as one document. */
    @Requires(CONTENT_VIEW)
    public JsonObject exportJson(@SystemScope String key) {
        TargetSystem system = system(key);
        JsonArrayBuilder library = Json.createArrayBuilder();
        for (LibraryElement element : elements.library(key)) {
            library.add(Json.createObjectBuilder().add("id", element.getId()).add("name", element.getName())
                    .add("descriptor", ElementDescriptor.parse(element.getDescriptor()).toJson()));
        }
        JsonArrayBuilder all = Json.createArrayBuilder();
        List<Latest> latest = latest(system);
        for (Latest each : latest) {
            all.add(Json.createObjectBuilder().add("id", each.item().getId()).add("state", each.item().getState().name())
                    .add("document", ItemJson.write(each.document())));
        }
        // the whole content leaves the installation: who took it is worth a record
        audit.record(access.requireCaller(), "content.export", AuditOutcome.SUCCESS, "system " + key, latest.size() + " items");
        return Json.createObjectBuilder().add("format", FORMAT).add("version", VERSION).add("exportedAt", Instant.now().toString())
                .add("system", Json.createObjectBuilder().add("key", system.getKey()).add("name", system.getName())
                        .add("urlPatterns", Json.createArrayBuilder(system.getUrlPatterns())))
                .add("elements", library).add("items", all).build();
    }

    /**
     * Adds an export's library and items to this system, as new elements and new drafts (approvals
     * do not travel: this installation's reviewers decide). References between them follow their
     * new ids.
     *
     * @throws Refusal listing every problem at once; nothing is added then
     */
    @Requires(CONTENT_EDIT)
    public Imported importJson(@SystemScope String key, JsonObject export) {
        return importJson(key, export, Progress.NONE);
    }

    /** {@link #importJson(String, JsonObject)}, telling {@code progress} of each element and item checked and added. */
    @Requires(CONTENT_EDIT)
    public Imported importJson(@SystemScope String key, JsonObject export, Progress progress) {
        return auditingRefusals(key, "content.import", () -> contentFrom(key, export, progress));
    }

    private Imported contentFrom(String key, JsonObject export, Progress progress) {
        TargetSystem system = system(key);
        List<String> problems = new ArrayList<>();
        if (export == null || !(export.get("format") instanceof JsonString format) || !FORMAT.equals(format.getString())
                || !(export.get("version") instanceof JsonNumber version) || version.intValue() != VERSION) {
            throw Refusal.invalid("This is no Waymark content export (format " + FORMAT + ", version " + VERSION + ").");
        }
        Map<Long, ElementDescriptor> descriptors = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        Set<String> taken = new HashSet<>(elements.library(key).stream().map(e -> e.getName().toLowerCase(Locale.ROOT)).toList());
        List<JsonObject> givenElements = objects(export, "elements", problems);
        List<JsonObject> givenItems = objects(export, "items", problems);
        progress.expect(givenElements.size() + givenItems.size());
        for (int i = 0; i < givenElements.size(); i++) {
            progress.step();
            JsonObject element = givenElements.get(i);
            String at = "elements[" + i + "]";
            Long id = element.get("id") instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
            String name = element.get("name") instanceof JsonString s ? s.getString().strip() : "";
            if (id == null || descriptors.containsKey(id)) {
                problems.add(at + ".id: a number, once in the export.");
            }
            if (!Elements.isName(name) || !taken.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(at + ".name: 1 to " + LibraryElement.NAME_MAX + " characters, not taken in " + key + " or the export: " + name);
            }
            try {
                ElementDescriptor descriptor = ElementDescriptor.read(element.get("descriptor") instanceof JsonObject d ? d
                        : JsonValue.EMPTY_JSON_OBJECT);
                if (id != null) {
                    descriptors.put(id, descriptor);
                    names.put(id, name);
                }
            } catch (Refusal refused) {
                refused.problems().forEach(problem -> problems.add(at + ".descriptor." + problem));
            }
        }
        Map<Long, ItemDocument> documents = new LinkedHashMap<>();
        Set<Long> walkthrus = new HashSet<>();
        for (JsonObject item : givenItems) {
            if (item.get("id") instanceof JsonNumber n && item.get("document") instanceof JsonObject d
                    && d.get("type") instanceof JsonString type && ItemType.WALKTHRU.name().equals(type.getString())) {
                walkthrus.add(n.longValue());
            }
        }
        ItemCheck.References references = new ItemCheck.References(walkthrus::contains, descriptors::containsKey);
        for (int i = 0; i < givenItems.size(); i++) {
            progress.step();
            JsonObject item = givenItems.get(i);
            String at = "items[" + i + "]";
            Long id = item.get("id") instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
            if (id == null || documents.containsKey(id)) {
                problems.add(at + ".id: a number, once in the export.");
                continue;
            }
            try {
                ItemDocument document = ItemCheck.checked(ItemJson.read(item.get("document") instanceof JsonObject d ? d
                        : JsonValue.EMPTY_JSON_OBJECT), references);
                documents.put(id, document);
            } catch (Refusal refused) {
                refused.problems().forEach(problem -> problems.add(at + describe(item) + ": " + problem));
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        requireTranslateIfAny(documents.values(), system.getId());

        Map<Long, Long> newElements = new HashMap<>();
        descriptors.forEach((id, descriptor) -> {
            newElements.put(id, elements.add(key, names.get(id), descriptor.toJson()).getId());
            progress.step();
        });
        Map<Long, Long> newItems = new HashMap<>();
        // walk-thrus first: launchers and menus name them
        List<Map.Entry<Long, ItemDocument>> ordered = new ArrayList<>(documents.entrySet());
        ordered.sort(Comparator.comparing(entry -> entry.getValue().type() != ItemType.WALKTHRU));
        for (Map.Entry<Long, ItemDocument> entry : ordered) {
            ItemDocument remapped = remap(entry.getValue(), newItems::get, newElements::get);
            newItems.put(entry.getKey(), items.create(key, remapped).item().getId());
            progress.step();
        }
        audit.record(access.requireCaller(), "content.import", AuditOutcome.SUCCESS, "system " + key,
                documents.size() + " items and " + descriptors.size() + " library elements");
        return new Imported(documents.size(), descriptors.size(), 0);
    }

    private record Latest(ContentItem item, ItemDocument document) {
    }

    private List<Latest> latest(TargetSystem system) {
        List<Latest> all = new ArrayList<>();
        Map<Long, ContentItem> byId = new HashMap<>();
        em.createQuery("select i from ContentItem i where i.systemId = :system", ContentItem.class).setParameter("system", system.getId())
                .getResultList().forEach(item -> byId.put(item.getId(), item));
        for (ContentRevision revision : em.createNamedQuery(ContentRevision.LATEST_OF_SYSTEM, ContentRevision.class)
                .setParameter("system", system.getId()).getResultList()) {
            all.add(new Latest(byId.get(revision.getItemId()), ItemJson.read(ItemJson.parse(revision.getDocument()))));
        }
        return all;
    }

    /** The document with the ids it names replaced: those of the export by those given here. */
    private static ItemDocument remap(ItemDocument d, LongUnaryOperator item, LongUnaryOperator element) {
        UnaryOperator<ElementRef> ref = e -> e == null || e.elementId() == null ? e
                : new ElementRef(element.applyAsLong(e.elementId()), e.selector(), e.text(), e.requireText(), e.ignoreClasses());
        ItemDocument.DisplayRules r = d.display();
        ItemDocument.DisplayRules display = new ItemDocument.DisplayRules(r.urlPatterns(), ref.apply(r.elementPresent()),
                ref.apply(r.elementAbsent()), r.userAttributes(), r.from(), r.until(), r.priority());
        List<ItemDocument.Step> steps = d.steps() == null ? null : d.steps().stream().map(s -> new ItemDocument.Step(s.id(), s.kind(),
                s.title(), s.body(), ref.apply(s.element()), s.position(), s.whenMissing(), s.waitSeconds(), s.urlPattern(), s.advanceOn()))
                .toList();
        List<ItemDocument.Section> sections = d.sections() == null ? null : d.sections().stream().map(s -> new ItemDocument.Section(s.id(),
                s.title(), s.entries().stream().map(e -> new ItemDocument.Entry(e.id(), e.walkthru() == null ? null
                        : item.applyAsLong(e.walkthru()), e.title(), e.url())).toList())).toList();
        return new ItemDocument(d.type(), d.name(), d.description(), d.tags(), d.locale(), display, d.startUrl(), steps,
                ref.apply(d.element()), d.tipStyle(), d.required(), d.label(), d.position(),
                d.walkthru() == null ? null : item.applyAsLong(d.walkthru()), d.url(), d.title(), d.body(), d.frequency(), sections,
                d.translations());
    }

    private void requireTranslateIfAny(Collection<ItemDocument> documents, long systemId) {
        if (documents.stream().anyMatch(d -> !d.translations().isEmpty()) && !access.callerMay(CONTENT_TRANSLATE, systemId)) {
            throw Refusal.invalid("The export holds translations: importing them takes the right to translate as well.");
        }
    }

    private static List<JsonObject> objects(JsonObject export, String name, List<String> problems) {
        if (!(export.get(name) instanceof JsonArray array) || !array.stream().allMatch(JsonObject.class::isInstance)) {
            problems.add(name + ": a list of objects.");
            return List.of();
        }
        return array.getValuesAs(JsonObject.class);
    }

    /** The item's name, to find it in the file: " (Create a deal)", or nothing. */
    private static String describe(JsonObject item) {
        return item.get("document") instanceof JsonObject d && d.get("name") instanceof JsonString name && !name.getString().isBlank()
                ? " (" + name.getString().strip() + ")" : "";
    }

    /** A refused import leaves a record too: who tried to bring what into the system, and why it did not go in. */
    private Imported auditingRefusals(String key, String action, Supplier<Imported> importing) {
        try {
            return importing.get();
        } catch (Refusal refused) {
            audit.recordAttempt(access.requireCaller(), action, AuditOutcome.FAILURE, "system " + key,
                    refused.problems().size() == 1 ? refused.getMessage()
                            : refused.problems().size() + " problems, the first: " + refused.problems().getFirst());
            throw refused;
        }
    }

    private static String language(String what, String given) {
        String tag = ItemCheck.languageTag(given);
        if (tag == null) {
            throw Refusal.invalid(what + ": a language tag such as en, de or pt-BR.");
        }
        return tag;
    }

    private TargetSystem system(String key) {
        return SystemKeys.find(em, key);
    }
}
