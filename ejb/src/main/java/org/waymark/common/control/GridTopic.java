package org.waymark.common.control;

import com.hazelcast.cache.HazelcastCacheManager;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import jakarta.enterprise.concurrent.ContextService;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A topic of Payara's data grid (the Hazelcast behind its JCache), which carries short texts to the
 * other nodes of the cluster. Hazelcast runs listeners on its own threads, which have none of the
 * application's context (class loader, naming): the listener runs inside a contextual proxy.
 */
final class GridTopic implements AutoCloseable {

    private final ITopic<String> topic;
    private final UUID registration;

    private GridTopic(ITopic<String> topic, UUID registration) {
        this.topic = topic;
        this.registration = registration;
    }

    /**
     * @param fromOtherNodes told each text another node published; this node's own come back not
     * @return empty where there is no Hazelcast grid behind {@code payara/CacheManager}
     */
    static Optional<GridTopic> join(String name, Consumer<String> fromOtherNodes, ContextService contexts) {
        if (!(PayaraCacheManager.lookup().orElse(null) instanceof HazelcastCacheManager grid)) {
            return Optional.empty();
        }
        ITopic<String> topic = grid.getHazelcastInstance().getTopic(name);
        MessageListener<String> listener = (Message<String> message) -> {
            // only text is news: anything else on the topic (another version's) is not ours to read
            if (!message.getPublishingMember().localMember() && ((Object) message.getMessageObject()) instanceof String text) {
                fromOtherNodes.accept(text);
            }
        };
        @SuppressWarnings("unchecked")
        MessageListener<String> contextual = contexts.createContextualProxy(listener, MessageListener.class);
        return Optional.of(new GridTopic(topic, topic.addMessageListener(contextual)));
    }

    void publish(String text) {
        topic.publish(text);
    }

    @Override
    public void close() {
        topic.removeMessageListener(registration);
    }
}
