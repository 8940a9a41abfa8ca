package org.waymark.alerting.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.NotificationChannel;
import org.waymark.alerting.entity.Severity;
import org.waymark.audit.entity.AuditChainHead;
import org.waymark.audit.entity.AuditEvent;

/**
 * Sends one channel the alerts recorded in the audit trail since its cursor, oldest first. The
 * batch claims the channel in a short transaction (on a cluster one node sends for a channel at a
 * time), sends with no transaction and no lock, so that a slow mail server or webhook does not
 * hold up an analyst changing the channel, and records how far it got in a second short one. A
 * failure stops the channel at that alert, to be tried again after a pause. A node that dies while
 * it sends leaves a claim that expires: another node sends again from the cursor, so a
 * notification can come twice (its alert id and event tell), never not at all.
 */
@Stateless
public class NotificationBatch {

    static final int SIZE = 20;
    /** A batch stops taking up alerts after this; each send is bounded by NotificationSender's timeouts. */
    private static final Duration SENDING_TIME = Duration.ofSeconds(60);
    /**
     * Well beyond a batch's time: its last send starts within SENDING_TIME, and each wait of the
     * sender ends within its timeout. Should a server outlast it anyway, another node may send
     * an alert twice; none is lost.
     */
    private static final Duration CLAIM = Duration.ofMinutes(3);
    private static final Logger LOG = Logger.getLogger(NotificationBatch.class.getName());
    private static final Pattern ALERT_ID = Pattern.compile("^alert (\\d+):");

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSender sender;

    @Resource
    SessionContext context;

    /** A claimed batch: the channel as it was when claimed, and its records to deal with in order. */
    public record Claimed(NotificationChannel channel, String token, List<Due> records, long upTo, boolean full) {
    }

    /** An audit record about an alert; {@code alert} null where the channel does not want it. */
    public record Due(long auditId, String action, Alert alert) {
    }

    /** How far a batch got. */
    public record Outcome(long handledUpTo, boolean sentAny, String error) {
    }

    public List<Long> enabledChannels() {
        return em.createNamedQuery(NotificationChannel.ENABLED, Long.class).getResultList();
    }

    /**
     * Sends the channel everything that waits for it, batch after batch, on a thread of the EJB
     * container's: the rounds do not wait for it, and a slow channel holds up no other.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Void> sendAll(long channelId) {
        // through the container, so that claiming and recording each get a transaction of their own
        NotificationBatch self = context.getBusinessObject(NotificationBatch.class);
        try {
            while (sendNext(self, channelId)) {
                // the next batch
            }
        } catch (RuntimeException e) {
            // e.g. the database away: the channel is tried again next round
            LOG.log(Level.WARNING, "notifying channel " + channelId + " failed", e);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Claims, sends and records one batch. @return whether more alerts wait for the channel */
    private boolean sendNext(NotificationBatch self, long channelId) {
        Claimed batch = self.claim(channelId);
        if (batch == null) {
            return false;
        }
        Outcome outcome = send(batch);
        self.record(channelId, batch.token(), outcome);
        return outcome.error() == null && (batch.full() || outcome.handledUpTo() < batch.upTo());
    }

    /**
     * Moves the cursor over records the channel does not want and, if there are alerts to send,
     * claims the channel for them. @return null: nothing to send now, or another batch sends
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claimed claim(long channelId) {
        Instant now = Instant.now();
        NotificationChannel channel = em.find(NotificationChannel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        if (channel == null || !channel.isEnabled() || !channel.isDue(now) || channel.isClaimed(now)) {
            return null;
        }
        // audit ids are handed out under the chain head's lock, so every id up to the head is committed
        long head = em.find(AuditChainHead.class, AuditChainHead.ID).getLastId();
        while (true) {
            List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.id > :after and e.id <= :head"
                            + " and e.action in :actions order by e.id", AuditEvent.class)
                    .setParameter("after", channel.getSentUpTo())
                    .setParameter("head", head)
                    .setParameter("actions", List.of(AlertWriter.ALERT_RAISED, AlertWriter.ALERT_ESCALATED))
                    .setMaxResults(SIZE)
                    .getResultList();
            boolean full = events.size() == SIZE;
            long upTo = full ? events.get(SIZE - 1).getId() : head;
            List<Due> records = new ArrayList<>();
            for (AuditEvent event : events) {
                Alert alert = alert(event);
                boolean wanted = alert != null && severity(event).compareTo(channel.getMinSeverity()) >= 0;
                records.add(new Due(event.getId(), event.getAction(), wanted ? alert : null));
            }
            if (records.stream().anyMatch(record -> record.alert() != null)) {
                String token = UUID.randomUUID().toString();
                channel.claim(token, now.plus(CLAIM));
                // the entities go out detached with the transaction's end: the sending reads them only
                return new Claimed(channel, token, records, upTo, full);
            }
            channel.handledUpTo(upTo, now, false);
            if (!full) {
                return null;
            }
        }
    }

    /** Sends the batch's alerts in order, with no transaction open, until one fails or the batch's time is up. */
    private Outcome send(Claimed batch) {
        long started = System.nanoTime();
        long handled = batch.channel().getSentUpTo();
        boolean sentAny = false;
        for (Due record : batch.records()) {
            if (System.nanoTime() - started > SENDING_TIME.toNanos()) {
                return new Outcome(handled, sentAny, null);
            }
            if (record.alert() != null) {
                try {
                    sender.send(batch.channel(), record.action(), record.alert());
                    sentAny = true;
                } catch (NotificationSender.NotSent e) {
                    return new Outcome(handled, sentAny, e.getMessage());
                }
            }
            handled = record.auditId();
        }
        return new Outcome(batch.upTo(), sentAny, null);
    }

    /** Records how far the batch got and ends its claim. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long channelId, String token, Outcome outcome) {
        Instant now = Instant.now();
        NotificationChannel channel = em.find(NotificationChannel.class, channelId, LockModeType.PESSIMISTIC_WRITE);
        if (channel == null) {
            return; // deleted while the batch was sending
        }
        // the channel works (if only up to a failure): the cursor moves and the pause after failures starts afresh
        boolean progressed = outcome.error() == null || outcome.sentAny();
        if (!channel.isClaimedBy(token)) {
            // the claim expired and another batch holds the channel: the rest of its state is that batch's to keep
            if (progressed) {
                channel.passed(outcome.handledUpTo());
            }
            return;
        }
        if (progressed) {
            channel.handledUpTo(outcome.handledUpTo(), now, outcome.sentAny());
        }
        if (outcome.error() != null) {
            if (channel.getLastError() == null) {
                LOG.warning(() -> "Notification channel " + channel.getName() + " failed; alerts wait for it: " + outcome.error());
            }
            channel.failed(outcome.error(), now);
        }
        channel.release(token);
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
