package org.waymark.alerting.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.alerting.control.NotificationBatch;

/** Every two seconds, sends each notification channel the alerts it has not heard of yet. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertNotifications {

    private static final Logger LOG = Logger.getLogger(AlertNotifications.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    NotificationBatch batch;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendPending() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still sending
        }
        try {
            for (Long channel : batch.enabledChannels()) {
                try {
                    boolean more = true;
                    while (more) {
                        more = batch.sendNext(channel);
                    }
                } catch (RuntimeException e) {
                    // one broken channel must not hold up the others; it is tried again next round
                    LOG.log(Level.WARNING, "notifying channel " + channel + " failed", e);
                }
            }
        } finally {
            running.set(false);
        }
    }
}
