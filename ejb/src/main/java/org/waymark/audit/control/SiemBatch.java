package org.waymark.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.SiemDestination;

/**
 * Sends one destination its next batch of audit records, in a transaction of its own that
 * holds the destination's row: cluster nodes take turns, and the cursor moves only with a
 * batch that went out.
 */
@Stateless
public class SiemBatch {

    static final int SIZE = 500;
    private static final Logger LOG = Logger.getLogger(SiemBatch.class.getName());

    @PersistenceContext
    EntityManager em;

    /** The container's scheduler, for the write watchdog of the connections. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    public List<Long> enabledDestinations() {
        return em.createNamedQuery(SiemDestination.ENABLED, Long.class).getResultList();
    }

    /** @return whether more records wait */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNext(long destinationId, Map<Long, SyslogConnection> connections) {
        SiemDestination destination = em.find(SiemDestination.class, destinationId, LockModeType.PESSIMISTIC_WRITE);
        if (destination == null || !destination.isEnabled()) {
            return false;
        }
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                .setParameter("after", destination.getSentUpTo())
                .setMaxResults(SIZE)
                .getResultList();
        if (events.isEmpty()) {
            return false;
        }
        boolean cef = destination.getPayload() == SiemDestination.Payload.CEF;
        List<String> messages = events.stream().map(event -> CefRecord.syslogMessage(event, CefRecord.LOCAL_HOST, cef)).toList();
        SyslogConnection connection = connections.get(destinationId);
        if (connection == null || !connection.isFor(destination)) {
            if (connection != null) {
                connection.close();
            }
            connection = new SyslogConnection(destination.getHost(), destination.getPort(), destination.getTransport());
            connections.put(destinationId, connection);
        }
        Instant now = Instant.now();
        try {
            connection.send(messages, scheduler);
        } catch (IOException e) {
            connection.close();
            if (destination.getLastError() == null) {
                LOG.warning(() -> "SIEM destination " + destination.getName() + " (" + destination.getHost() + ":" + destination.getPort()
                        + ") is unreachable; audit records wait for it: " + e.getMessage());
            }
            destination.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
            return false;
        }
        if (destination.getLastError() != null) {
            LOG.info(() -> "SIEM destination " + destination.getName() + " is reachable again");
        }
        destination.delivered(events.get(events.size() - 1).getId(), now);
        return events.size() == SIZE;
    }
}
