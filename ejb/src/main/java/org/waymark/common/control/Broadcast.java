package org.waymark.common.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /**
     * Alert news once went as numbers on a topic of its own; text news goes on topics of this prefix,
     * so that a rolling upgrade's older nodes never read the one for the other.
     */
    private static final String GRID_PREFIX = "waymark-news-";

    @Inject
    Settings settings;

    @Resource
    ContextService contexts;

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    /** The topics whose grid topic was joined, or tried. */
    private final Set<String> joining = ConcurrentHashMap.newKeySet();
    /** Each topic's grid topic, once joined; absent on a node alone, on a server without a grid, or when joining failed. */
    private final Map<String, GridTopic> joined = new ConcurrentHashMap<>();

    /**
     * Registers a listener and, with the first one of a topic, joins the topic's grid topic: in the
     * listener's own module and thread, so that the grid calls it back in that context. Register as
     * the application starts, so that nothing announced later is missed.
     *
     * @param listener called with each piece of news: on the thread that announced it, or for
     *                 another node's on a grid thread in this application's context
     */
    public void listen(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        if (joining.add(topic)) {
            join(topic);
        }
    }

    /**
     * Tells this node's listeners, then the other nodes; call it once the change is committed. It
     * never fails its caller: the change is made, and screens that miss the news show it when next
     * told or opened.
     */
    public void announce(String topic, String news) {
        tell(topic, news);
        if (joining.add(topic)) {
            join(topic); // a join that failed as the application started is tried again
        }
        GridTopic others = joined.get(topic);
        if (others != null) {
            try {
                others.publish(news);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "telling the other nodes " + topic + " news " + news + " failed", e);
            }
        }
    }

    private void join(String topic) {
        if (!settings.getBoolean("DAP_CLUSTERED", true)) {
            return;
        }
        try {
            GridTopic.join(GRID_PREFIX + topic, news -> tell(topic, news), contexts).ifPresent(grid -> {
                joined.put(topic, grid);
                LOG.info(topic + " news reaches every node of the cluster (data grid topic " + GRID_PREFIX + topic + ")");
            });
        } catch (LinkageError noHazelcast) {
            // no Hazelcast on this server (GlassFish): GridTopic cannot even load, and there is no cluster to tell
        } catch (RuntimeException e) {
            // the grid is not usable now (starting, stopping): this node's screens still hear this node's news, and the
            // next announcement tries again
            joining.remove(topic);
            LOG.log(Level.WARNING, "joining the data grid topic " + GRID_PREFIX + topic + " failed; it is tried again with the next "
                    + topic + " news", e);
        }
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
