package org.waymark.alerting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.AlertEvidence;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.configuration.control.Settings;
import org.waymark.identity.entity.RoleAssignment;

/**
 * Turns detections into alerts in the database, the record of alerts: a new alert, or, within the
 * suppression window of the open alert for the same rule and entity, one more count on that one.
 */
@Stateless
public class AlertWriter {

    /** The audit actions of a new alert and of an alert whose severity rose. */
    public static final String ALERT_RAISED = "alert.raise";
    public static final String ALERT_ESCALATED = "alert.escalate";

    /** What a detection did. */
    public enum Outcome {
        RAISED, SUPPRESSED, SEVERITY_RAISED
    }

    /** @param alertId the alert the detection became or joined */
    public record Written(long alertId, Outcome outcome) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AlertActivity.Changed> changes;

    /**
     * Its own transaction, so that a clash with another node raising the same alert at the same
     * moment (the unique suppression key) fails only this call, which the caller repeats once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Written write(Detection detection) {
        Instant now = Instant.now();
        Instant seen = detection.event().time();
        // no lock in the query: on InnoDB a locking read that finds nothing takes a gap lock, and two
        // such gaps deadlock each other's inserts; the row found is locked by its primary key instead
        Alert open = em.createNamedQuery(Alert.BY_SUPPRESSION_KEY, Alert.class)
                .setParameter("key", detection.suppressionKey())
                .getResultStream()
                .findFirst()
                .map(found -> em.find(Alert.class, found.getId(), LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> detection.suppressionKey().equals(found.getSuppressionKey()))
                .orElse(null);
        Alert alert;
        Outcome outcome;
        if (open != null && open.suppresses(seen, detection.rule().suppressionSeconds())) {
            alert = open;
            outcome = alert.matchedAgain(detection.rule().severity(), seen, now) ? Outcome.SEVERITY_RAISED : Outcome.SUPPRESSED;
        } else {
            if (open != null) {
                open.endSuppression();
                em.flush();
            }
            alert = new Alert(detection.rule().rule(), detection.rule().severity(), detection.user(), detection.address(), detection.host(),
                    detection.summary(), detection.suppressionKey(), detection.count(), seen, now);
            em.persist(alert);
            em.flush();
            outcome = Outcome.RAISED;
        }
        keepEvidence(alert.getId(), detection.event());
        if (outcome != Outcome.SUPPRESSED) {
            // in the audit trail, which is the outbox of the SIEM export and of the notification channels
            audit.record(RoleAssignment.SYSTEM_ACTOR, outcome == Outcome.RAISED ? ALERT_RAISED : ALERT_ESCALATED, AuditOutcome.SUCCESS,
                    "alert " + alert.getId() + ": " + alert.getRule() + entity(alert), alert.getSeverity() + " " + alert.getSummary());
        }
        changes.fire(new AlertActivity.Changed(alert.getId()));
        return new Written(alert.getId(), outcome);
    }

    private static String entity(Alert alert) {
        return (alert.getUser() == null ? "" : " user=" + alert.getUser()) + (alert.getAddress() == null ? "" : " address=" + alert.getAddress())
                + (alert.getHost() == null ? "" : " host=" + alert.getHost());
    }

    private void keepEvidence(long alertId, SecurityEvent event) {
        em.persist(new AlertEvidence(alertId, event.time(), event.host(), event.application(), event.type().name(), event.outcome().name(),
                event.user(), event.sourceAddress(), event.raw()));
        em.flush();
        int kept = settings.getInt("DAP_ALERT_EVENTS_KEPT", 20, 1);
        // newest by the events' own times: ids come from per-node blocks and do not follow time across a cluster
        List<Long> older = em.createNamedQuery(AlertEvidence.IDS_OF_ALERT, Long.class)
                .setParameter("alert", alertId)
                .setFirstResult(kept)
                .getResultList();
        if (!older.isEmpty()) {
            // by primary key: a delete by alert would lock the index range up to the next alert's
            // evidence, and deadlock with another alert's insert there
            em.createNamedQuery(AlertEvidence.DELETE_IDS).setParameter("ids", older).executeUpdate();
        }
    }
}
