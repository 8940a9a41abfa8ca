package org.waymark.alerting.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.waymark.alerting.control.NotificationBatch;

/**
 * Every two seconds, has each notification channel sent the alerts it has not heard of yet: each
 * channel on its own thread, so that a slow webhook does not delay another channel's e-mail.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertNotifications {

    /** Each channel's sending, while it runs: a channel is sent for once at a time on this node. */
    private final Map<Long, Future<Void>> sending = new ConcurrentHashMap<>();

    @Inject
    NotificationBatch batch;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    synchronized void sendPending() {
        List<Long> channels = batch.enabledChannels();
        sending.keySet().retainAll(channels);
        for (Long channel : channels) {
            Future<Void> previous = sending.get(channel);
            if (previous == null || previous.isDone()) {
                sending.put(channel, batch.sendAll(channel));
            }
        }
    }
}
