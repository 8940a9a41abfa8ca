package org.waymark.alerting.control;

import com.hazelcast.cache.HazelcastCacheManager;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import jakarta.enterprise.concurrent.ContextService;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Alert ids announced to the other nodes of the cluster over a topic of Payara's data grid (the
 * Hazelcast behind its JCache), so that screens open on any node follow changes made on any node.
 * Hazelcast runs listeners on its own threads, which have none of the application's context (class
 * loader, naming): the listener runs inside a contextual proxy made while the application starts.
 */
final class GridTopic implements AutoCloseable {

    private final ITopic<Long> topic;
    private final UUID registration;

    private GridTopic(ITopic<Long> topic, UUID registration) {
        this.topic = topic;
        this.registration = registration;
    }

    /**
     * @param fromOtherNodes told each id another node published; this node's own come back not
     * @return empty where there is no Hazelcast grid behind {@code payara/CacheManager}
     */
    @SuppressWarnings("unchecked")
    static Optional<GridTopic> join(String name, LongConsumer fromOtherNodes, ContextService contexts) {
        if (!(GridStore.payaraCacheManager().orElse(null) instanceof HazelcastCacheManager grid)) {
            return Optional.empty();
        }
        ITopic<Long> topic = grid.getHazelcastInstance().getTopic(name);
        MessageListener<Long> listener = (Message<Long> message) -> {
            if (!message.getPublishingMember().localMember()) {
                fromOtherNodes.accept(message.getMessageObject());
            }
        };
        return Optional.of(new GridTopic(topic, topic.addMessageListener(contexts.createContextualProxy(listener, MessageListener.class))));
    }

    void publish(long id) {
        topic.publish(id);
    }

    @Override
    public void close() {
        topic.removeMessageListener(registration);
    }
}
