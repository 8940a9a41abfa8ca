package org.waymark.alerting.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.waymark.configuration.control.Settings;

/**
 * The rules' memory: one {@link Window} per rule and key. On Payara it lives in the data grid
 * (JCache over Hazelcast), so failures spread over the nodes of a cluster count as one series; on
 * servers without a grid (GlassFish), and on a node that runs alone ({@code DAP_CLUSTERED=false}),
 * in this node's memory. Either way each window expires a while
 * after its last change and the number of keys per rule is capped, so a flood of distinct addresses
 * cannot exhaust memory.
 */
@ApplicationScoped
public class RuleState {

    private static final Logger LOG = Logger.getLogger(RuleState.class.getName());

    /** Changes one window atomically. */
    interface Store {

        Window update(String space, Duration lifetime, String key, WindowChange change);

        Window read(String space, Duration lifetime, String key);

        /** Windows held, over all rules (in a cluster: over all nodes), as of at most a second ago. */
        long size();
    }

    @Inject
    Settings settings;

    private Store store;

    public RuleState() {
        // for CDI, which calls connect()
    }

    /** Windows in this node's memory, capped at {@code maxKeys} per rule: for tests. */
    static RuleState inMemory(int maxKeys) {
        RuleState state = new RuleState();
        state.store = new LocalStore(maxKeys);
        return state;
    }

    @PostConstruct
    void connect() {
        int maxKeys = settings.getInt("DAP_ALERT_MAX_KEYS", 200_000, 1_000);
        if (!settings.getBoolean("DAP_CLUSTERED", true)) {
            // a node alone has nobody to share its windows with: the grid would only add its
            // operations (three per failed sign-in, some 20 µs each on a partition thread)
            store = new LocalStore(maxKeys);
            LOG.info("Alert rules keep their windows in this node's memory: it runs alone (DAP_CLUSTERED=false)");
            return;
        }
        try {
            store = GridStore.lookup(maxKeys).orElse(null);
        } catch (LinkageError noJCache) {
            // no JCache API on this server: GridStore cannot even load
            store = null;
        }
        if (store == null) {
            store = new LocalStore(maxKeys);
            LOG.info("Alert rules keep their windows in this node's memory: no data grid here");
        } else {
            LOG.info("Alert rules keep their windows in the data grid (JCache)");
        }
    }

    /**
     * Delivering this makes CDI create the bean, and so connect, as the application starts: a wrong
     * setting shows at start-up with its message, not as a failure of every security event later.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // connect() has run
    }

    /**
     * @param space    the rule (and its window length): one cache each
     * @param lifetime how long after its last change a window is forgotten
     * @return the window after the change
     */
    public Window update(String space, Duration lifetime, String key, WindowChange change) {
        return store.update(space, lifetime, key, change);
    }

    Store store() {
        return store;
    }

    public Window read(String space, Duration lifetime, String key) {
        return store.read(space, lifetime, key);
    }

    /** Windows held over all rules, as of at most a second ago. */
    public long windows() {
        return store.size();
    }
}
