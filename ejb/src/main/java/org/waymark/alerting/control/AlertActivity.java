package org.waymark.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.function.LongConsumer;
import org.waymark.common.control.Broadcast;

/**
 * Tells whoever shows alerts live (the SOC screens' push) that an alert changed, once the change is
 * committed: a new alert, one more match, a higher severity, a change of status or assignee, on
 * this node or, through the data grid, on any other node of the cluster ({@link Broadcast}).
 */
@ApplicationScoped
public class AlertActivity {

    private static final String TOPIC = "alert-activity";

    /** What services fire (through CDI) when they changed an alert. */
    public record Changed(long alertId) {
    }

    @Inject
    Broadcast broadcast;

    /**
     * @param listener called with the alert's id after each committed change: on the thread that
     *                 committed it, or for another node's change on a grid thread in this
     *                 application's context
     */
    public void listen(LongConsumer listener) {
        broadcast.listen(TOPIC, news -> listener.accept(Long.parseLong(news)));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        broadcast.announce(TOPIC, Long.toString(change.alertId()));
    }
}
