package org.waymark.authoring.boundary;

import static org.waymark.access.entity.Permission.CONTENT_EDIT;
import static org.waymark.access.entity.Permission.CONTENT_VIEW;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SystemScope;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.authoring.control.ElementDescriptor;
import org.waymark.authoring.control.ItemCheck;
import org.waymark.authoring.control.SystemKeys;
import org.waymark.authoring.control.UrlPattern;
import org.waymark.authoring.entity.CaptureToken;
import org.waymark.authoring.entity.CapturedElement;
import org.waymark.authoring.entity.LibraryElement;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.common.control.BudgetedText;
import org.waymark.common.control.WebAddress;
import org.waymark.identity.control.RandomSecrets;

/**
 * Each system's element library and the capture that fills it: an author starts a capture (a token
 * bound to them and the system, valid for {@link #CAPTURE_LIFETIME}), the page opened with it sends
 * the elements the author clicks, and they wait in the author's inbox until named and filed.
 */
@Stateless
public class Elements {

    public static final Duration CAPTURE_LIFETIME = Duration.ofMinutes(30);
    static final int INBOX_MAX = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    /**
     * A capture started: the token, shown once, and, when a page was named, that page's address
     * with the token in its fragment (which browsers never send to the page's server).
     */
    public record CaptureStart(String token, Instant expiresAt, String pageUrl) {
    }

    /**
     * Expired tokens open nothing; they go every ten minutes, apart from the requests that start
     * captures (a range delete there would lock the gap that concurrent inserts need).
     */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void purgeExpiredTokens() {
        em.createQuery("delete from CaptureToken t where t.expiresAt < :now").setParameter("now", Instant.now()).executeUpdate();
    }

    /** A descriptor that arrived, for the author whose inbox it entered. */
    public record Captured(CapturedElement element, String systemKey) {
    }

    @Requires(CONTENT_VIEW)
    public List<LibraryElement> library(@SystemScope String key) {
        return em.createNamedQuery(LibraryElement.OF_SYSTEM, LibraryElement.class).setParameter("system", system(key).getId()).getResultList();
    }

    @Requires(CONTENT_VIEW)
    public LibraryElement get(@SystemScope String key, long id) {
        TargetSystem system = system(key);
        LibraryElement element = em.find(LibraryElement.class, id);
        if (element == null || element.getSystemId() != system.getId()) {
            throw Refusal.notFound("There is no element " + id + " in the library of " + key + ".");
        }
        return element;
    }

    /** @throws Refusal 400 listing the descriptor's problems, 409 when the name is taken in this system */
    @Requires(CONTENT_EDIT)
    public LibraryElement add(@SystemScope String key, String name, JsonObject descriptor) {
        TargetSystem system = system(key);
        ElementDescriptor checked = ElementDescriptor.read(descriptor == null ? Json.createObjectBuilder().build() : descriptor);
        return file(system, name, checked);
    }

    /**
     * @param page the system's page to capture on, or null for the token alone
     * @throws Refusal when the page is no http(s) address of one of the system's pages
     */
    @Requires(CONTENT_EDIT)
    public CaptureStart startCapture(@SystemScope String key, String page) {
        TargetSystem system = system(key);
        String pageUrl = null;
        if (page != null && !page.isBlank()) {
            URI uri = WebAddress.http(page.strip().replaceFirst("#.*$", ""), 2_000).orElse(null);
            if (uri == null || !isPageOf(system, uri)) {
                throw Refusal.invalid(List.of("capturePage: an http or https address of one of " + system.getName()
                        + "'s pages (its URL patterns: " + String.join(" ", system.getUrlPatterns()) + ")."));
            }
            pageUrl = uri.toString();
        }
        Instant now = Instant.now();
        String token = RandomSecrets.captureToken();
        CaptureToken stored = new CaptureToken(RandomSecrets.fingerprint(token), system.getId(), access.requireCaller(), now,
                now.plus(CAPTURE_LIFETIME));
        em.persist(stored);
        audit.record(access.requireCaller(), "element.capture.start", AuditOutcome.SUCCESS, "system " + key,
                "valid until " + stored.getExpiresAt());
        return new CaptureStart(token, stored.getExpiresAt(), pageUrl == null ? null : pageUrl + "#waymark-capture=" + token);
    }

    /**
     * A descriptor from a page in capture mode. No one is signed in: the token says whose inbox and
     * which system, and the page must be one of that system's pages, on the origin the browser
     * named.
     *
     * @param origin the request's Origin header: the page that sent it
     * @throws Refusal 404 for an unknown or expired token (all alike), 403-like conflict for a foreign page
     */
    public Captured accept(String token, String origin, JsonObject descriptor) {
        CaptureToken capture = token == null ? null : em.find(CaptureToken.class, RandomSecrets.fingerprint(token));
        String ended = "This capture has ended or never began: start a new one in the Editor.";
        if (capture == null || !capture.isValidAt(Instant.now())) {
            throw Refusal.notFound(ended);
        }
        TargetSystem system = em.find(TargetSystem.class, capture.getSystemId());
        // an author who lost the right to edit (revoked, disabled) since starting the capture ends it too: the
        // token stays refused at every use until it expires
        if (!access.permissionsOf(capture.getUsername(), system.getId()).contains(CONTENT_EDIT)) {
            audit.recordAttempt(capture.getUsername(), "element.capture", AuditOutcome.FAILURE, "system " + system.getKey(),
                    "the author may no longer edit the system");
            throw Refusal.notFound(ended);
        }
        ElementDescriptor checked = ElementDescriptor.read(descriptor == null ? Json.createObjectBuilder().build() : descriptor);
        if (!isPageOf(system, checked.page()) || !origin(checked.page()).equalsIgnoreCase(origin == null ? "" : origin)) {
            audit.recordAttempt(capture.getUsername(), "element.capture", AuditOutcome.FAILURE, "system " + system.getKey(),
                    "from a page that is not the system's: " + origin);
            throw Refusal.conflict("The page " + checked.pageUrl() + " is not one of " + system.getName() + "'s pages.");
        }
        CapturedElement captured = new CapturedElement(system.getId(), capture.getUsername(), Instant.now(), checked.pageUrl(),
                checked.selector(), checked.toJson().toString());
        em.persist(captured);
        trimInbox(system.getId(), capture.getUsername());
        audit.record(capture.getUsername(), "element.capture", AuditOutcome.SUCCESS, "system " + system.getKey(),
                checked.selector() + " on " + checked.pageUrl());
        return new Captured(captured, system.getKey());
    }

    /** The caller's captured elements in this system, newest first. */
    @Requires(CONTENT_EDIT)
    public List<CapturedElement> inbox(@SystemScope String key) {
        return em.createNamedQuery(CapturedElement.INBOX, CapturedElement.class).setParameter("system", system(key).getId())
                .setParameter("user", access.requireCaller()).setMaxResults(INBOX_MAX).getResultList();
    }

    /**
     * Names a captured element and adds it to the library; it leaves the inbox.
     *
     * @param name null or blank: a free name from what the element shows (its accessible name,
     *             label, text or id, else its selector), such as "New" or "New 2"
     */
    @Requires(CONTENT_EDIT)
    public LibraryElement fileCaptured(@SystemScope String key, long capturedId, String name) {
        TargetSystem system = system(key);
        CapturedElement captured = captured(system, capturedId);
        ElementDescriptor descriptor = ElementDescriptor.parse(captured.getDescriptor());
        LibraryElement element = file(system, name == null || name.isBlank() ? freeName(system, descriptor) : name, descriptor);
        em.remove(captured);
        return element;
    }

    /** Removes a captured element from the caller's inbox. */
    @Requires(CONTENT_EDIT)
    public void discardCaptured(@SystemScope String key, long capturedId) {
        em.remove(captured(system(key), capturedId));
    }

    @Requires(CONTENT_VIEW)
    public ElementDescriptor descriptor(@SystemScope String key, long id) {
        return ElementDescriptor.parse(get(key, id).getDescriptor());
    }

    /** A new name: steps, tips and launchers name the element by its id, so they follow. */
    @Requires(CONTENT_EDIT)
    public LibraryElement rename(@SystemScope String key, long id, String name) {
        TargetSystem system = system(key);
        LibraryElement element = get(key, id);
        String checkedName = checkedName(name);
        String before = element.getName();
        if (checkedName.equals(before)) {
            return element;
        }
        // names are unique in any letter case: a new case of the same name is no other element's
        String taken = checkedName.equalsIgnoreCase(before) ? "" : requireFree(system, checkedName);
        element.change(checkedName, element.getSelector(), element.getDescriptor(), Instant.now());
        Refusal.flushUnlessTaken(em, taken);
        audit.record(access.requireCaller(), "element.rename", AuditOutcome.SUCCESS, "system " + key,
                "element " + id + " from " + before + " to " + checkedName);
        return element;
    }

    /**
     * Locks the element first, so that no save can point an item at it meanwhile (saves check their
     * references under a shared lock).
     *
     * @throws Refusal 409 naming the items whose latest or approved revision still points at the element
     */
    @Requires(CONTENT_EDIT)
    public void remove(@SystemScope String key, long id) {
        TargetSystem system = system(key);
        LibraryElement element = em.find(LibraryElement.class, get(key, id).getId(), LockModeType.PESSIMISTIC_WRITE);
        // a document names it as "elementId":<id>, always followed by its selector (ItemCheckTest pins that form)
        List<String> users = em.createQuery("select distinct i.name from ContentItem i, ContentRevision r where r.itemId = i.id"
                        + " and i.systemId = :system and (r.number = i.latestRevision or r.number = i.approvedRevision)"
                        + " and r.document like :reference order by i.name", String.class)
                .setParameter("system", system.getId()).setParameter("reference", "%\"elementId\":" + id + ",%").getResultList();
        if (!users.isEmpty()) {
            throw Refusal.conflict("The element " + element.getName() + " is still used by: " + String.join(", ", users)
                    + ". Point them at another element first.");
        }
        em.remove(element);
        audit.record(access.requireCaller(), "element.remove", AuditOutcome.SUCCESS, "system " + key,
                "element " + id + " " + element.getName());
    }

    private LibraryElement file(TargetSystem system, String name, ElementDescriptor descriptor) {
        String checkedName = checkedName(name);
        String taken = requireFree(system, checkedName);
        LibraryElement element = new LibraryElement(system.getId(), checkedName, descriptor.selector(), descriptor.toJson().toString(),
                access.requireCaller(), Instant.now());
        em.persist(element);
        Refusal.flushUnlessTaken(em, taken);
        audit.record(access.requireCaller(), "element.add", AuditOutcome.SUCCESS, "system " + system.getKey(),
                "element " + element.getId() + " " + checkedName + ": " + descriptor.selector());
        return element;
    }

    private String freeName(TargetSystem system, ElementDescriptor descriptor) {
        String shown = Stream.of(descriptor.accessibleName(), descriptor.label(), descriptor.text(), descriptor.id(), descriptor.selector())
                .filter(Objects::nonNull).findFirst().orElseThrow();
        String base = shown.length() > LibraryElement.NAME_MAX - 4 ? shown.substring(0, LibraryElement.NAME_MAX - 4).strip() : shown;
        Set<String> taken = em.createQuery("select lower(e.name) from LibraryElement e where e.systemId = :system", String.class)
                .setParameter("system", system.getId()).getResultStream().collect(Collectors.toSet());
        return IntStream.iterate(1, n -> n + 1).mapToObj(n -> n == 1 ? base : base + " " + n)
                .filter(candidate -> !taken.contains(candidate.toLowerCase(Locale.ROOT))).findFirst().orElseThrow();
    }

    /** A library element's name, stripped: 1 to {@value LibraryElement#NAME_MAX} characters, none unprintable. */
    static boolean isName(String stripped) {
        return !stripped.isEmpty() && stripped.length() <= LibraryElement.NAME_MAX && !ItemCheck.hasUnprintable(stripped);
    }

    private static String checkedName(String name) {
        String checked = name == null ? "" : name.strip();
        if (!isName(checked)) {
            throw Refusal.invalid(List.of("name: 1 to " + LibraryElement.NAME_MAX + " characters, such as \"New deal button\", without"
                    + " control characters or direction overrides."));
        }
        return checked;
    }

    /** @return the refusal's text, should the name be taken by the time of the insert */
    private String requireFree(TargetSystem system, String name) {
        String taken = "The library of " + system.getKey() + " has an element named " + name + " already.";
        if (!em.createNamedQuery(LibraryElement.BY_NAME, LibraryElement.class).setParameter("system", system.getId())
                .setParameter("name", name).getResultList().isEmpty()) {
            throw Refusal.conflict(taken);
        }
        return taken;
    }

    private CapturedElement captured(TargetSystem system, long id) {
        CapturedElement captured = em.find(CapturedElement.class, id);
        if (captured == null || captured.getSystemId() != system.getId() || !captured.getUsername().equals(access.requireCaller())) {
            throw Refusal.notFound("There is no captured element " + id + " in your inbox for " + system.getKey() + ".");
        }
        return captured;
    }

    /** The inbox keeps the newest {@value #INBOX_MAX}: a forgotten capture does not grow it without end. */
    private void trimInbox(long systemId, String username) {
        List<CapturedElement> older = em.createNamedQuery(CapturedElement.INBOX, CapturedElement.class).setParameter("system", systemId)
                .setParameter("user", username).setFirstResult(INBOX_MAX).getResultList();
        older.forEach(em::remove);
    }

    /** One of the system's URL patterns takes the page. */
    private static boolean isPageOf(TargetSystem system, URI page) {
        return system.getUrlPatterns().stream().anyMatch(pattern -> {
            try {
                return UrlPattern.parse(pattern).matches(page.toString());
            } catch (BudgetedText.TooSlow e) {
                return false;
            }
        });
    }

    /** What a browser sends as Origin from the page. */
    private static String origin(URI page) {
        return page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getHost().toLowerCase(Locale.ROOT)
                + (page.getPort() == -1 ? "" : ":" + page.getPort());
    }

    private TargetSystem system(String key) {
        return SystemKeys.find(em, key);
    }
}
