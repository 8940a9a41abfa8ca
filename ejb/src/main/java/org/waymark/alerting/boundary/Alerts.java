package org.waymark.alerting.boundary;

import static org.waymark.access.entity.Permission.ALERT_TRIAGE;
import static org.waymark.access.entity.Permission.SOC_VIEW;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.entity.Permission;
import org.waymark.alerting.control.AlertActivity;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.AlertEvidence;
import org.waymark.alerting.entity.AlertNote;
import org.waymark.alerting.entity.AlertStatus;
import org.waymark.alerting.entity.Classification;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.control.Directory;
import org.waymark.identity.entity.UserAccount;

/** The SOC's queue: alerts as the rules raised them, and their triage. Every triage step is audited. */
@Stateless
public class Alerts {

    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Inject
    Event<AlertActivity.Changed> changes;

    /** An alert with the latest events that caused it (newest first) and the analysts' notes (oldest first). */
    public record Details(Alert alert, List<AlertEvidence> events, List<AlertNote> notes) {
    }

    /** Newest activity first. */
    @Requires(SOC_VIEW)
    public List<Alert> search(AlertFilter filter, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw Refusal.invalid("A page starts at 0 or later and holds 1 to " + MAX_PAGE + " alerts.");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Alert> query = cb.createQuery(Alert.class);
        Root<Alert> alert = query.from(Alert.class);
        query.where(matching(cb, alert, filter == null ? AlertFilter.none() : filter))
                .orderBy(cb.desc(alert.get("lastSeen")), cb.desc(alert.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Requires(SOC_VIEW)
    public long count(AlertFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Alert> alert = query.from(Alert.class);
        query.select(cb.count(alert)).where(matching(cb, alert, filter == null ? AlertFilter.none() : filter));
        return em.createQuery(query).getSingleResult();
    }

    @Requires(SOC_VIEW)
    public Details find(long id) {
        Alert alert = alert(id, LockModeType.NONE);
        return new Details(alert,
                em.createNamedQuery(AlertEvidence.OF_ALERT, AlertEvidence.class).setParameter("alert", id).getResultList(),
                em.createNamedQuery(AlertNote.OF_ALERT, AlertNote.class).setParameter("alert", id).getResultList());
    }

    /** Someone is looking at it; acknowledging an alert in progress changes nothing. */
    @Requires(ALERT_TRIAGE)
    public Alert acknowledge(long id) {
        Alert alert = openAlert(id);
        alert.acknowledge(Instant.now());
        audit.record(access.requireCaller(), "alert.acknowledge", AuditOutcome.SUCCESS, describe(alert), null);
        changes.fire(new AlertActivity.Changed(id));
        return alert;
    }

    /** Hands the alert to an analyst who can see the SOC queue; it is then in progress. */
    @Requires(ALERT_TRIAGE)
    public Alert assign(long id, String assignee) {
        Alert alert = openAlert(id);
        UserAccount user = directory.findUser(assignee)
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> Refusal.invalid("There is no active user " + assignee + "."));
        if (!access.permissionsOf(user.getUsername(), null).contains(Permission.SOC_VIEW)) {
            throw Refusal.invalid(user.getUsername() + " cannot see alerts (no SOC_VIEW permission).");
        }
        alert.assign(user.getUsername(), Instant.now());
        audit.record(access.requireCaller(), "alert.assign", AuditOutcome.SUCCESS, describe(alert), "assigned to " + user.getUsername());
        changes.fire(new AlertActivity.Changed(id));
        return alert;
    }

    /** Closes the alert with what the analyst found; the next match for its rule and entity makes a new alert. */
    @Requires(ALERT_TRIAGE)
    public Alert resolve(long id, Classification classification, String note) {
        if (classification == null) {
            throw Refusal.invalid("Say what the alert was: TRUE_POSITIVE, BENIGN or FALSE_POSITIVE.");
        }
        String text = noteText(note, true);
        Alert alert = openAlert(id);
        alert.resolve(classification, Instant.now());
        if (text != null) {
            em.persist(new AlertNote(id, access.requireCaller(), Instant.now(), text));
        }
        audit.record(access.requireCaller(), "alert.resolve", AuditOutcome.SUCCESS, describe(alert), classification.name());
        changes.fire(new AlertActivity.Changed(id));
        return alert;
    }

    @Requires(ALERT_TRIAGE)
    public AlertNote addNote(long id, String text) {
        String checked = noteText(text, false);
        Alert alert = alert(id, LockModeType.PESSIMISTIC_WRITE);
        alert.touched(Instant.now());
        AlertNote note = new AlertNote(id, access.requireCaller(), Instant.now(), checked);
        em.persist(note);
        audit.record(access.requireCaller(), "alert.note", AuditOutcome.SUCCESS, describe(alert), null);
        return note;
    }

    private static String noteText(String text, boolean optional) {
        if (text == null || text.isBlank()) {
            if (optional) {
                return null;
            }
            throw Refusal.invalid("A note needs some text.");
        }
        if (text.strip().length() > AlertNote.TEXT_MAX) {
            throw Refusal.invalid("A note holds at most " + AlertNote.TEXT_MAX + " characters.");
        }
        return text.strip();
    }

    private Alert openAlert(long id) {
        Alert alert = alert(id, LockModeType.PESSIMISTIC_WRITE);
        if (alert.getStatus() == AlertStatus.RESOLVED) {
            throw Refusal.conflict("Alert " + id + " is resolved already.");
        }
        return alert;
    }

    private Alert alert(long id, LockModeType lock) {
        Alert alert = em.find(Alert.class, id, lock);
        if (alert == null) {
            throw Refusal.notFound("There is no alert " + id + ".");
        }
        return alert;
    }

    private static String describe(Alert alert) {
        return "alert " + alert.getId() + ": " + alert.getRule() + " " + alert.getSummary();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Alert> alert, AlertFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            predicates.add(alert.get("status").in(filter.statuses()));
        }
        if (!filter.severities().isEmpty()) {
            predicates.add(alert.get("severity").in(filter.severities()));
        }
        if (!filter.rules().isEmpty()) {
            predicates.add(alert.get("rule").in(filter.rules()));
        }
        if (filter.entity() != null) {
            predicates.add(cb.or(cb.equal(alert.get("user"), filter.entity()), cb.equal(alert.get("address"), filter.entity()),
                    cb.equal(alert.get("host"), filter.entity())));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(alert.get("lastSeen"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThan(alert.get("firstSeen"), filter.to()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
