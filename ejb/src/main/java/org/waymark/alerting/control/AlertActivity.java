package org.waymark.alerting.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.configuration.control.Settings;

/**
 * Tells whoever shows alerts live (the SOC screens' push) that an alert changed, once the change is
 * committed: a new alert, one more match, a higher severity, a change of status or assignee, on
 * this node or, through the data grid, on any other node of the cluster. Listeners register here
 * rather than observe the event themselves because in the EAR the web module's beans do not see
 * events the EJB module fires.
 */
@ApplicationScoped
public class AlertActivity {

    private static final Logger LOG = Logger.getLogger(AlertActivity.class.getName());
    private static final String TOPIC = "waymark-alert-activity";

    /** What services fire (through CDI) when they changed an alert. */
    public record Changed(long alertId) {
    }

    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    @Inject
    Settings settings;

    @Resource
    ContextService contexts;

    /** The other nodes; null on a node alone or without a grid. */
    private volatile GridTopic cluster;

    /**
     * @param listener called with the alert's id after each committed change: on the thread that
     *                 committed it, or for another node's change on a grid thread in this
     *                 application's context
     */
    public void listen(LongConsumer listener) {
        listeners.add(listener);
    }

    /** Joins the cluster's topic as the application starts, so that it hears changes before its own first one. */
    synchronized void joinTheCluster(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (cluster != null || !settings.getBoolean("DAP_CLUSTERED", true)) {
            return;
        }
        try {
            cluster = GridTopic.join(TOPIC, this::tell, contexts).orElse(null);
        } catch (LinkageError noHazelcast) {
            // no Hazelcast on this server (GlassFish): GridTopic cannot even load, and there is no cluster to tell
        }
        if (cluster != null) {
            LOG.info("Alert changes reach the screens on every node of the cluster (data grid topic " + TOPIC + ")");
        }
    }

    @PreDestroy
    synchronized void leaveTheCluster() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        tell(change.alertId());
        GridTopic others = cluster;
        if (others != null) {
            try {
                others.publish(change.alertId());
            } catch (RuntimeException e) {
                // the change is committed; screens elsewhere show it when next told or opened
                LOG.log(Level.WARNING, "telling the other nodes about alert " + change.alertId() + " failed", e);
            }
        }
    }

    private void tell(long alertId) {
        for (LongConsumer listener : listeners) {
            try {
                listener.accept(alertId);
            } catch (RuntimeException e) {
                // a screen that cannot be told must not fail the rules or the triage that changed the alert
                LOG.log(Level.WARNING, "telling about alert " + alertId + " failed", e);
            }
        }
    }
}
