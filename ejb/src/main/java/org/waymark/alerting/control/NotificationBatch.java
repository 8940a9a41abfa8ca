package org.waymark.alerting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.NotificationChannel;
import org.waymark.alerting.entity.Severity;
import org.waymark.audit.entity.AuditChainHead;
import org.waymark.audit.entity.AuditEvent;

/**
 * Sends one channel the alerts recorded in the audit trail since its cursor, oldest first, in a
 * transaction of its own that holds the channel's row: on a cluster one node sends for a channel
 * at a time. A failure stops the channel at that alert, to be tried again after a pause.
 */
@Stateless
public class NotificationBatch {

    static final int SIZE = 20;
    private static final Logger LOG = Logger.getLogger(NotificationBatch.class.getName());
    private static final Pattern ALERT_ID = Pattern.compile("^alert (\\d+):");

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSender sender;

    public List<Long> enabledChannels() {
        return em.createNamedQuery(NotificationChannel.ENABLED, Long.class).getResultList();
    }

    /** @return whether more alerts wait for the channel */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNext(long channelId) {
        Instant now = Instant.now();
        NotificationChannel channel = em.find(NotificationChannel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        if (channel == null || !channel.isEnabled() || !channel.isDue(now)) {
            return false;
        }
        // audit ids are handed out under the chain head's lock, so every id up to the head is committed
        long head = em.find(AuditChainHead.class, AuditChainHead.ID).getLastId();
        List<AuditEvent> alerts = em.createQuery("select e from AuditEvent e where e.id > :after and e.id <= :head"
                        + " and e.action in :actions order by e.id", AuditEvent.class)
                .setParameter("after", channel.getSentUpTo())
                .setParameter("head", head)
                .setParameter("actions", List.of(AlertWriter.ALERT_RAISED, AlertWriter.ALERT_ESCALATED))
                .setMaxResults(SIZE)
                .getResultList();
        for (AuditEvent event : alerts) {
            Alert alert = alert(event);
            if (alert != null && severity(event).compareTo(channel.getMinSeverity()) >= 0) {
                try {
                    sender.send(channel, event.getAction(), alert);
                } catch (NotificationSender.NotSent e) {
                    if (channel.getLastError() == null) {
                        LOG.warning(() -> "Notification channel " + channel.getName() + " failed; alerts wait for it: " + e.getMessage());
                    }
                    channel.failed(e.getMessage(), now);
                    return false;
                }
                channel.handledUpTo(event.getId(), now, true);
            } else {
                channel.handledUpTo(event.getId(), now, false);
            }
        }
        if (alerts.size() < SIZE) {
            channel.handledUpTo(head, now, false);
            return false;
        }
        return true;
    }

    private Alert alert(AuditEvent event) {
        Matcher id = ALERT_ID.matcher(event.getTarget() == null ? "" : event.getTarget());
        return id.find() ? em.find(Alert.class, Long.parseLong(id.group(1))) : null;
    }

    /** The severity the alert had when the record was written: the record's detail starts with it. */
    private static Severity severity(AuditEvent event) {
        String detail = event.getDetail() == null ? "" : event.getDetail();
        for (Severity severity : Severity.values()) {
            if (detail.startsWith(severity.name() + " ")) {
                return severity;
            }
        }
        return Severity.LOW;
    }
}
