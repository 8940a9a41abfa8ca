package org.waymark.common.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.configuration.control.Settings;

/**
 * News for whatever shows something live, on every node: a service announces that something
 * changed (an alert, an author's capture inbox), and the listeners of that topic hear it on this
 * node at once and, through a topic of Payara's data grid, on the other nodes of the cluster.
 * Listeners register here rather than observe CDI events because in the EAR the web module's beans
 * do not see events the EJB module fires. News is a hint to look again, never the data itself.
 */
@ApplicationScoped
public class Broadcast {

    private static final Logger LOG = Logger.getLogger(Broadcast.class.getName());

    @Inject
    Settings settings;

    @Resource
    ContextService contexts;

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    /** Each topic's grid topic, once joined; a topic is absent from the grid on a node alone or without a grid. */
    private final Map<String, GridTopic> joined = new ConcurrentHashMap<>();
    private final Map<String, Boolean> tried = new ConcurrentHashMap<>();

    /**
     * @param listener called with each piece of news: on the thread that announced it, or for
     *                 another node's on a grid thread in this application's context. Register as the
     *                 application starts, so that nothing announced later is missed.
     */
    public void listen(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        joinOnce(topic);
    }

    /** Tells this node's listeners, then the other nodes; call it once the change is committed. */
    public void announce(String topic, String news) {
        tell(topic, news);
        joinOnce(topic);
        GridTopic others = joined.get(topic);
        if (others != null) {
            try {
                others.publish(news);
            } catch (RuntimeException e) {
                // the change is committed; screens elsewhere show it when next told or opened
                LOG.log(Level.WARNING, "telling the other nodes " + topic + " news " + news + " failed", e);
            }
        }
    }

    private void joinOnce(String topic) {
        tried.computeIfAbsent(topic, t -> {
            if (settings.getBoolean("DAP_CLUSTERED", true)) {
                try {
                    GridTopic.join("waymark-" + topic, news -> tell(topic, news), contexts).ifPresent(grid -> {
                        joined.put(topic, grid);
                        LOG.info(topic + " news reaches every node of the cluster (data grid topic waymark-" + topic + ")");
                    });
                } catch (LinkageError noHazelcast) {
                    // no Hazelcast on this server (GlassFish): GridTopic cannot even load, and there is no cluster to tell
                }
            }
            return true;
        });
    }

    private void tell(String topic, String news) {
        for (Consumer<String> listener : listeners.getOrDefault(topic, List.of())) {
            try {
                listener.accept(news);
            } catch (RuntimeException e) {
                // a screen that cannot be told must not fail the change it is told about
                LOG.log(Level.WARNING, "telling " + topic + " news " + news + " failed", e);
            }
        }
    }

    @PreDestroy
    void leave() {
        joined.values().forEach(GridTopic::close);
        joined.clear();
    }
}
