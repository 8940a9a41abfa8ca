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
                boolean more = true;
                while (more) {
                    more = batch.sendNext(destination, connections);
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
