package org.waymark.authoring.boundary;

import static org.waymark.access.entity.Permission.CONTENT_EDIT;
import static org.waymark.access.entity.Permission.CONTENT_REVIEW;
import static org.waymark.access.entity.Permission.CONTENT_SUBMIT;
import static org.waymark.access.entity.Permission.CONTENT_TRANSLATE;
import static org.waymark.access.entity.Permission.CONTENT_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SignedIn;
import org.waymark.access.control.SystemScope;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.authoring.control.ItemCheck;
import org.waymark.authoring.control.ItemDocument;
import org.waymark.authoring.control.ItemJson;
import org.waymark.authoring.control.JsonDiff;
import org.waymark.authoring.control.JsonDiff.FieldChange;
import org.waymark.authoring.control.SystemKeys;
import org.waymark.authoring.entity.ContentItem;
import org.waymark.authoring.entity.ContentRevision;
import org.waymark.authoring.entity.ItemState;
import org.waymark.authoring.entity.ItemType;
import org.waymark.authoring.entity.LibraryElement;
import org.waymark.authoring.entity.ReviewDecision;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.entity.UserAccount;

/**
 * Authored content: walk-thrus, smart tips, launchers, shout-outs and resource menus. Every save
 * writes a new revision; a revision goes Draft → In review → Approved, or back to Draft with the
 * reviewer's comment. Editing an approved item starts a new draft and leaves the approved revision
 * as it is, for publishing.
 */
@Stateless
public class Items {

    public static final int MAX_PAGE = 200;
    /** EclipseLink reads the tags of a whole page in one query instead of one per item. */
    private static final String BATCH_HINT = "eclipselink.batch";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    /** An item with its system's key and the document of its latest revision. */
    public record Item(ContentItem item, String systemKey, ItemDocument document) {
    }

    public record Page(long total, List<ContentItem> items) {
    }

    /** One revision in the history: what changed against the one before it. */
    public record HistoryEntry(ContentRevision revision, boolean approved, List<FieldChange> changes) {
    }

    /** An item waiting for the caller's review, with what changed since the last approved revision. */
    public record Waiting(Item item, ContentRevision revision, List<FieldChange> changes) {
    }

    /** @throws Refusal listing every problem of the document at once */
    @Requires(CONTENT_EDIT)
    public Item create(@SystemScope String key, ItemDocument document) {
        TargetSystem system = system(key);
        ItemDocument clean = ItemCheck.checked(document, references(system.getId()));
        requireTranslateIfAny(clean.translations(), Map.of(), system.getId());
        String caller = access.requireCaller();
        Instant now = Instant.now();
        ContentItem item = new ContentItem(system.getId(), clean.type(), clean.name(), clean.description(), clean.tags(), caller, now);
        em.persist(item);
        em.flush();
        em.persist(new ContentRevision(item.getId(), 1, ItemJson.write(clean).toString(), caller, now, "created"));
        audit.record(caller, "content.create", AuditOutcome.SUCCESS, target(system, item), clean.type() + " revision 1");
        return new Item(item, system.getKey(), clean);
    }

    @Requires(CONTENT_VIEW)
    public Item get(@SystemScope String key, long id) {
        TargetSystem system = system(key);
        ContentItem item = item(system, id, false);
        return new Item(item, system.getKey(), document(revision(item, item.getLatestRevision())));
    }

    /**
     * Saves the document as a new revision, unless it is what the latest revision holds already.
     *
     * @param basedOn the revision the author edited, or null; when a later one exists the save is refused
     *                instead of overwriting someone else's changes
     */
    @Requires(CONTENT_EDIT)
    public Item change(@SystemScope String key, long id, ItemDocument document, Integer basedOn) {
        TargetSystem system = system(key);
        ContentItem item = item(system, id, true);
        requireLatest(item, basedOn, "edited");
        ItemDocument latest = document(revision(item, item.getLatestRevision()));
        if (document.type() != item.getType()) {
            throw Refusal.invalid("type: this item is a " + item.getType() + "; its type cannot change.");
        }
        if (document.translations() == null) {
            return revise(system, item, latest, keepingTranslations(document, latest, system), "saved");
        }
        ItemDocument clean = ItemCheck.checked(document, references(system.getId()));
        requireTranslateIfAny(clean.translations(), latest.translations(), system.getId());
        return revise(system, item, latest, clean, "saved");
    }

    /**
     * Replaces the texts of one other locale. Translators do this without being able to change
     * anything else.
     */
    @Requires(CONTENT_TRANSLATE)
    public Item translate(@SystemScope String key, long id, String locale, Map<String, String> texts, Integer basedOn) {
        if (locale == null || texts == null) {
            throw Refusal.invalid("Give a locale and its texts by id.");
        }
        TargetSystem system = system(key);
        ContentItem item = item(system, id, true);
        requireLatest(item, basedOn, "edited");
        ItemDocument latest = document(revision(item, item.getLatestRevision()));
        Map<String, String> clean = ItemCheck.checkedTranslation(latest, locale, texts);
        Map<String, Map<String, String>> translations = new LinkedHashMap<>(latest.translations());
        String tag = ItemCheck.languageTag(locale); // checked above
        translations.remove(tag);
        if (!clean.isEmpty()) {
            translations.put(tag, clean);
        }
        return revise(system, item, latest, withTranslations(latest, translations), "translated " + tag);
    }

    /**
     * Hands the item to another author: an enabled user who may edit content in its system. The
     * content stays as it is; no revision is written.
     */
    @Requires(CONTENT_EDIT)
    public Item handOver(@SystemScope String key, long id, String owner) {
        TargetSystem system = system(key);
        ContentItem item = item(system, id, true);
        String username = owner == null ? "" : owner.strip();
        boolean mayOwn = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst().filter(UserAccount::isEnabled)
                .map(user -> access.permissionsOf(user.getUsername(), system.getId()).contains(CONTENT_EDIT)).orElse(false);
        if (!mayOwn) {
            throw Refusal.invalid(List.of("owner: an enabled user who may edit content in " + key + "; " + username + " is none."));
        }
        String before = item.getOwner();
        item.handOver(username);
        audit.record(access.requireCaller(), "content.owner", AuditOutcome.SUCCESS, target(system, item), "from " + before + " to " + username);
        return new Item(item, system.getKey(), document(revision(item, item.getLatestRevision())));
    }

    @Requires(CONTENT_SUBMIT)
    public Item submit(@SystemScope String key, long id) {
        TargetSystem system = system(key);
        ContentItem item = item(system, id, true);
        if (item.getState() != ItemState.DRAFT) {
            throw Refusal.conflict("Only a draft can be submitted; this item is " + describe(item.getState()) + ".");
        }
        String caller = access.requireCaller();
        Instant now = Instant.now();
        ContentRevision revision = revision(item, item.getLatestRevision());
        if (revision.getDecision() == ReviewDecision.REJECTED) {
            throw Refusal.conflict("Revision " + revision.getNumber() + " was sent back (" + revision.getReviewComment()
                    + "): change it, then submit the new revision.");
        }
        revision.submitted(caller, now);
        item.submitted(caller, now);
        audit.record(caller, "content.submit", AuditOutcome.SUCCESS, target(system, item), "revision " + revision.getNumber());
        return new Item(item, system.getKey(), document(revision));
    }

    /**
     * Four eyes: nobody approves what they wrote, nor a revision that follows one of theirs since the
     * last approval (a colleague's small edit does not launder one's own work).
     *
     * @param reviewed the revision the reviewer read, or null; when another one is in review now, 409
     */
    @Requires(CONTENT_REVIEW)
    public Item approve(@SystemScope String key, long id, String comment, Integer reviewed) {
        return review(key, id, ReviewDecision.APPROVED, comment, reviewed);
    }

    /**
     * @param comment  what the authors should change: required
     * @param reviewed the revision the reviewer read, or null; when another one is in review now, 409
     */
    @Requires(CONTENT_REVIEW)
    public Item reject(@SystemScope String key, long id, String comment, Integer reviewed) {
        if (comment == null || comment.isBlank()) {
            throw Refusal.invalid("comment: say what should change before it can be approved.");
        }
        return review(key, id, ReviewDecision.REJECTED, comment, reviewed);
    }

    /** The history, newest first, each revision with its changes against the one before. */
    @Requires(CONTENT_VIEW)
    public List<HistoryEntry> history(@SystemScope String key, long id) {
        ContentItem item = item(system(key), id, false);
        List<ContentRevision> revisions = em.createNamedQuery(ContentRevision.OF_ITEM, ContentRevision.class)
                .setParameter("item", item.getId()).getResultList();
        List<HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            ContentRevision revision = revisions.get(i);
            JsonObject before = i + 1 < revisions.size() ? json(revisions.get(i + 1)) : Json.createObjectBuilder().build();
            history.add(new HistoryEntry(revision, Integer.valueOf(revision.getNumber()).equals(item.getApprovedRevision()),
                    JsonDiff.between(before, json(revision))));
        }
        return history;
    }

    /** One revision's document, as it was saved. */
    @Requires(CONTENT_VIEW)
    public ItemDocument revision(@SystemScope String key, long id, int number) {
        return document(revision(item(system(key), id, false), number));
    }

    /** A new draft with an earlier revision's document; the revisions in between stay in the history. */
    @Requires(CONTENT_EDIT)
    public Item restore(@SystemScope String key, long id, int number) {
        TargetSystem system = system(key);
        ContentItem item = item(system, id, true);
        ItemDocument latest = document(revision(item, item.getLatestRevision()));
        ItemDocument restored = keepingTranslations(document(revision(item, number)), latest, system);
        return revise(system, item, latest, restored, "restored revision " + number);
    }

    /** One page of the content list and the number of all items the filter takes. */
    @Requires(CONTENT_VIEW)
    public Page list(@SystemScope String key, ItemFilter filter, ItemFilter.Sort sort, boolean descending, int first, int max) {
        TargetSystem system = system(key);
        return new Page(count(system, filter), page(system, filter, sort, descending, first, max));
    }

    /** One page of the content list. */
    @Requires(CONTENT_VIEW)
    public List<ContentItem> page(@SystemScope String key, ItemFilter filter, ItemFilter.Sort sort, boolean descending, int first, int max) {
        return page(system(key), filter, sort, descending, first, max);
    }

    private List<ContentItem> page(TargetSystem system, ItemFilter filter, ItemFilter.Sort sort, boolean descending, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw Refusal.invalid("Ask for 1 to " + MAX_PAGE + " items from a position of 0 or more.");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ContentItem> query = cb.createQuery(ContentItem.class);
        Root<ContentItem> item = query.from(ContentItem.class);
        Expression<?> order = switch (sort == null ? ItemFilter.Sort.UPDATED : sort) {
            case NAME -> item.get("name");
            case TYPE -> item.get("type");
            case STATE -> item.get("state");
            case OWNER -> item.get("owner");
            case UPDATED -> item.get("updatedAt");
        };
        List<Order> orders = List.of(descending ? cb.desc(order) : cb.asc(order), descending ? cb.desc(item.get("id")) : cb.asc(item.get("id")));
        query.select(item).where(matching(cb, query, item, system.getId(), filter)).orderBy(orders);
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).setHint(BATCH_HINT, "i.tags").getResultList();
    }

    /** How many items of the system the filter takes. */
    @Requires(CONTENT_VIEW)
    public long count(@SystemScope String key, ItemFilter filter) {
        return count(system(key), filter);
    }

    /** What waits for the caller: items in review in the systems where the caller reviews, oldest first. */
    @SignedIn
    public List<Waiting> reviewQueue() {
        Optional<Set<Long>> systems = access.callerSystemsWith(CONTENT_REVIEW);
        if (systems.isPresent() && systems.get().isEmpty()) {
            return List.of();
        }
        String caller = access.requireCaller();
        List<ContentItem> waiting = systems.isPresent()
                ? em.createQuery("select i from ContentItem i where i.state = :state and i.systemId in :systems order by i.updatedAt",
                        ContentItem.class).setParameter("state", ItemState.IN_REVIEW).setParameter("systems", systems.get()).getResultList()
                : em.createQuery("select i from ContentItem i where i.state = :state order by i.updatedAt", ContentItem.class)
                        .setParameter("state", ItemState.IN_REVIEW).getResultList();
        List<Waiting> queue = new ArrayList<>();
        for (ContentItem item : waiting) {
            ContentRevision revision = revision(item, item.getLatestRevision());
            if (wroteSinceApproval(item, caller)) {
                continue;
            }
            JsonObject approved = item.getApprovedRevision() == null ? Json.createObjectBuilder().build()
                    : json(revision(item, item.getApprovedRevision()));
            TargetSystem system = em.find(TargetSystem.class, item.getSystemId());
            queue.add(new Waiting(new Item(item, system.getKey(), document(revision)), revision, JsonDiff.between(approved, json(revision))));
        }
        return queue;
    }

    private long count(TargetSystem system, ItemFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<ContentItem> counted = count.from(ContentItem.class);
        count.select(cb.count(counted)).where(matching(cb, count, counted, system.getId(), filter));
        return em.createQuery(count).getSingleResult();
    }

    private Item review(String key, long id, ReviewDecision decision, String comment, Integer reviewed) {
        TargetSystem system = system(key);
        ContentItem item = item(system, id, true);
        requireLatest(item, reviewed, "reviewed");
        if (item.getState() != ItemState.IN_REVIEW) {
            throw Refusal.conflict("Only an item in review can be approved or sent back; this one is " + describe(item.getState()) + ".");
        }
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (cleanComment != null && cleanComment.length() > ContentRevision.COMMENT_MAX) {
            throw Refusal.invalid("comment: at most " + ContentRevision.COMMENT_MAX + " characters.");
        }
        String caller = access.requireCaller();
        ContentRevision revision = revision(item, item.getLatestRevision());
        if (decision == ReviewDecision.APPROVED && wroteSinceApproval(item, caller)) {
            throw Refusal.conflict("You wrote revision " + revision.getNumber() + " or one before it since the last approval;"
                    + " another reviewer approves it.");
        }
        Instant now = Instant.now();
        revision.reviewed(decision, caller, now, cleanComment);
        if (decision == ReviewDecision.APPROVED) {
            item.approved(caller, now);
        } else {
            item.rejected(caller, now);
        }
        audit.record(caller, decision == ReviewDecision.APPROVED ? "content.approve" : "content.reject", AuditOutcome.SUCCESS,
                target(system, item), "revision " + revision.getNumber() + (cleanComment == null ? "" : ": " + cleanComment));
        return new Item(item, system.getKey(), document(revision));
    }

    private boolean wroteSinceApproval(ContentItem item, String caller) {
        return em.createQuery("select count(r) from ContentRevision r where r.itemId = :item and r.number > :approved"
                        + " and r.author = :caller", Long.class).setParameter("item", item.getId())
                .setParameter("approved", item.getApprovedRevision() == null ? 0 : item.getApprovedRevision())
                .setParameter("caller", caller).getSingleResult() > 0;
    }

    private Item revise(TargetSystem system, ContentItem item, ItemDocument latest, ItemDocument clean, String note) {
        if (clean.equals(latest)) {
            return new Item(item, system.getKey(), latest);
        }
        String caller = access.requireCaller();
        Instant now = Instant.now();
        item.revised(clean.name(), clean.description(), clean.tags(), caller, now);
        em.persist(new ContentRevision(item.getId(), item.getLatestRevision(), ItemJson.write(clean).toString(), caller, now, note));
        audit.record(caller, "content.change", AuditOutcome.SUCCESS, target(system, item), note + ", revision " + item.getLatestRevision());
        return new Item(item, system.getKey(), clean);
    }

    /** @param read what the caller did with that revision: "edited", "reviewed" */
    private static void requireLatest(ContentItem item, Integer basedOn, String read) {
        if (basedOn != null && basedOn != item.getLatestRevision()) {
            throw Refusal.conflict("Revision " + item.getLatestRevision() + " by " + item.getUpdatedBy() + " is newer than revision "
                    + basedOn + " you " + read + ": reload the item and look again.");
        }
    }

    /** Translations are the Translators' part: an editor without CONTENT_TRANSLATE keeps them as they are. */
    private void requireTranslateIfAny(Map<String, Map<String, String>> given, Map<String, Map<String, String>> current, long systemId) {
        if (!given.equals(current) && !access.callerMay(CONTENT_TRANSLATE, systemId)) {
            throw Refusal.invalid("translations: changing them takes the right to translate; leave the field out to keep them.");
        }
    }

    /**
     * The document, checked without translations, with the latest revision's translations of the
     * texts it still has: translations are the Translators' part, and an edit or a restore leaves
     * them as they are, except that texts which are gone take theirs with them.
     */
    private ItemDocument keepingTranslations(ItemDocument document, ItemDocument latest, TargetSystem system) {
        ItemDocument clean = ItemCheck.checked(withTranslations(document, Map.of()), references(system.getId()));
        return withTranslations(clean, keptTranslations(latest.translations(), clean));
    }

    private static Map<String, Map<String, String>> keptTranslations(Map<String, Map<String, String>> translations, ItemDocument document) {
        Set<String> ids = document.texts().keySet();
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        translations.forEach((locale, texts) -> {
            if (locale.equals(document.locale())) {
                return; // the item is now written in that language: its own texts are those
            }
            Map<String, String> still = new LinkedHashMap<>(texts);
            still.keySet().retainAll(ids);
            if (!still.isEmpty()) {
                kept.put(locale, still);
            }
        });
        return kept;
    }

    private static ItemDocument withTranslations(ItemDocument d, Map<String, Map<String, String>> translations) {
        return new ItemDocument(d.type(), d.name(), d.description(), d.tags(), d.locale(), d.display(), d.startUrl(), d.steps(), d.element(),
                d.tipStyle(), d.required(), d.label(), d.position(), d.walkthru(), d.url(), d.title(), d.body(), d.frequency(), d.sections(),
                translations);
    }

    private ItemCheck.References references(long systemId) {
        return new ItemCheck.References(id -> {
            ContentItem other = em.find(ContentItem.class, id);
            return other != null && other.getSystemId() == systemId && other.getType() == ItemType.WALKTHRU;
        }, id -> {
            // shared: a removal of the element waits for this save, and this save for a removal
            LibraryElement element = em.find(LibraryElement.class, id, LockModeType.PESSIMISTIC_READ);
            return element != null && element.getSystemId() == systemId;
        });
    }

    private TargetSystem system(String key) {
        return SystemKeys.find(em, key);
    }

    /** @param forChange locks the item, so that concurrent saves number their revisions one after the other */
    private ContentItem item(TargetSystem system, long id, boolean forChange) {
        ContentItem item = forChange ? em.find(ContentItem.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(ContentItem.class, id);
        if (item == null || item.getSystemId() != system.getId()) {
            throw Refusal.notFound("There is no item " + id + " in system " + system.getKey() + ".");
        }
        return item;
    }

    private ContentRevision revision(ContentItem item, int number) {
        return em.createNamedQuery(ContentRevision.BY_NUMBER, ContentRevision.class).setParameter("item", item.getId())
                .setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("Item " + item.getId() + " has no revision " + number + "."));
    }

    private static ItemDocument document(ContentRevision revision) {
        return ItemJson.read(json(revision));
    }

    private static JsonObject json(ContentRevision revision) {
        return ItemJson.parse(revision.getDocument());
    }

    private static Predicate[] matching(CriteriaBuilder cb, CriteriaQuery<?> query, Root<ContentItem> item, long systemId, ItemFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(item.get("systemId"), systemId));
        if (!filter.types().isEmpty()) {
            where.add(item.get("type").in(filter.types()));
        }
        if (!filter.states().isEmpty()) {
            where.add(item.get("state").in(filter.states()));
        }
        if (filter.owner() != null) {
            where.add(cb.equal(item.get("owner"), filter.owner()));
        }
        if (filter.tag() != null) {
            var tagged = query.subquery(Long.class);
            Root<ContentItem> other = tagged.from(ContentItem.class);
            Join<ContentItem, String> tag = other.join("tags");
            tagged.select(other.get("id")).where(cb.equal(other.get("id"), item.get("id")),
                    cb.equal(cb.lower(tag), filter.tag().toLowerCase(Locale.ROOT)));
            where.add(cb.exists(tagged));
        }
        if (filter.search() != null) {
            for (String word : filter.search().toLowerCase(Locale.ROOT).split("\\s+")) {
                String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(item.get("name")), pattern, '\\'), cb.like(cb.lower(item.get("description")), pattern, '\\')));
            }
        }
        return where.toArray(Predicate[]::new);
    }

    private static String target(TargetSystem system, ContentItem item) {
        return "item " + item.getId() + " '" + item.getName() + "' in system " + system.getKey();
    }

    private static String describe(ItemState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
