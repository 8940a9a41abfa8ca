package org.waymark.alerting.control;

import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.cache.ICache;
import com.hazelcast.config.MaxSizePolicy;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;
import org.waymark.common.control.PayaraCacheManager;

/**
 * Windows in Payara's data grid, through the JCache API Payara binds in JNDI. A change travels as
 * an entry processor to the node that owns the window and runs there atomically, one grid
 * operation per change; Payara's tenant control lets that node load the application's classes.
 */
final class GridStore implements RuleState.Store {

    private final CacheManager manager;
    private final int maxKeys;
    /** Windows as {@link Window#toBytes() bytes}: the grid handles those without Java serialization. */
    private final Map<String, Cache<String, byte[]>> caches = new ConcurrentHashMap<>();

    private volatile long counted;
    private volatile long countedAt;

    private GridStore(CacheManager manager, int maxKeys) {
        this.manager = manager;
        this.maxKeys = maxKeys;
        this.countedAt = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
    }

    /** @param maxKeys the most windows each rule's cache holds on a node; beyond, the least recently used go */
    static Optional<RuleState.Store> lookup(int maxKeys) {
        return PayaraCacheManager.lookup().map(manager -> new GridStore(manager, maxKeys));
    }

    @Override
    public Window update(String space, Duration lifetime, String key, WindowChange change) {
        return Window.fromBytes(cache(space, lifetime).invoke(key, new Processor(change)));
    }

    /** The change as a JCache entry processor: one atomic operation on the node that owns the window. */
    private record Processor(WindowChange change) implements EntryProcessor<String, byte[], byte[]>, Serializable {

        @Override
        public byte[] process(MutableEntry<String, byte[]> entry, Object... arguments) {
            Window before = Window.fromBytes(entry.getValue());
            Window after = change.apply(before);
            if (after.equals(before)) {
                return entry.getValue();
            }
            byte[] bytes = after.toBytes();
            entry.setValue(bytes);
            return bytes;
        }
    }

    @Override
    public Window read(String space, Duration lifetime, String key) {
        return Window.fromBytes(cache(space, lifetime).get(key));
    }

    /**
     * Counted at most once a second: a count asks every partition of every cache, and a dashboard
     * that polls the figure must not take the partition threads from the rules.
     */
    @Override
    public long size() {
        long now = System.nanoTime();
        if (now - countedAt >= TimeUnit.SECONDS.toNanos(1)) {
            counted = caches.values().stream().mapToLong(cache -> cache.unwrap(ICache.class).size()).sum();
            countedAt = now;
        }
        return counted;
    }

    private Cache<String, byte[]> cache(String space, Duration lifetime) {
        String name = "waymark-windows-" + space + "-" + lifetime.toSeconds() + "s";
        return caches.computeIfAbsent(name, ignored -> {
            Cache<String, byte[]> existing = manager.getCache(name);
            if (existing != null) {
                return existing;
            }
            // Hazelcast's own configuration: JCache has no way to bound a cache's size
            CacheConfig<String, byte[]> configuration = new CacheConfig<>(name);
            configuration.setStoreByValue(true);
            configuration.setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                    new javax.cache.expiry.Duration(TimeUnit.SECONDS, lifetime.toSeconds())));
            configuration.setEvictionConfig(new EvictionConfig().setSize(maxKeys)
                    .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT).setEvictionPolicy(EvictionPolicy.LRU));
            try {
                return manager.createCache(name, configuration);
            } catch (CacheException createdByAnotherNode) {
                return manager.getCache(name);
            }
        });
    }
}
