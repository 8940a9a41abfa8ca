package org.waymark.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells whoever shows alerts live (the SOC screens' push) that an alert changed, once the change is
 * committed: a new alert, one more match, a higher severity, a change of status or assignee.
 * Listeners register here rather than observe the event themselves because in the EAR the web
 * module's beans do not see events the EJB module fires.
 */
@ApplicationScoped
public class AlertActivity {

    private static final Logger LOG = Logger.getLogger(AlertActivity.class.getName());

    /** What services fire (through CDI) when they changed an alert. */
    public record Changed(long alertId) {
    }

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    /** @param listener called with the alert's id after each committed change, on the thread that committed it */
    public void listen(LongConsumer listener) {
        listeners.add(listener);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        for (LongConsumer listener : listeners) {
            try {
                listener.accept(change.alertId());
            } catch (RuntimeException e) {
                // a screen that cannot be told must not fail the rules or the triage that changed the alert
                LOG.log(Level.WARNING, "telling about alert " + change.alertId() + " failed", e);
            }
        }
    }
}
