package org.waymark.audit.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.audit.control.SiemBatch;
import org.waymark.audit.control.SyslogConnection;

/**
 * Every second, sends each SIEM destination the audit records it has not received yet, oldest
 * first. A destination that is down keeps its cursor; its records go out when it is back.
 * Delivery is at least once: a batch cut off by a failing receiver goes out again whole.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SiemExport {

    private static final Logger LOG = Logger.getLogger(SiemExport.class.getName());

    private final Map<Long, SyslogConnection> connections = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    SiemBatch batch;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendPending() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still sending
        }
        try {
            var enabled = batch.enabledDestinations();
            for (Long destination : enabled) {
                try {
                    boolean more = true;
                    while (more) {
                        more = batch.sendNext(destination, connections);
                    }
                } catch (RuntimeException e) {
                    // one broken destination must not hold up the others; it is tried again next round
                    LOG.log(Level.WARNING, "sending the audit trail to SIEM destination " + destination + " failed", e);
                }
            }
            connections.keySet().removeIf(id -> {
                if (enabled.contains(id)) {
                    return false;
                }
                connections.get(id).close();
                return true;
            });
        } finally {
            running.set(false);
        }
    }

    @PreDestroy
    void closeConnections() {
        connections.values().forEach(SyslogConnection::close);
        connections.clear();
    }
}
