package org.waymark.alerting.control;

import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Windows in Payara's data grid, through the JCache API Payara binds in JNDI. A change travels as
 * an entry processor to the node that owns the window and runs there atomically, one grid
 * operation per change; Payara's tenant control lets that node load the application's classes.
 */
final class GridStore implements RuleState.Store {

    private final CacheManager manager;
    /** Windows as {@link Window#toBytes() bytes}: the grid handles those without Java serialization. */
    private final Map<String, Cache<String, byte[]>> caches = new ConcurrentHashMap<>();

    private GridStore(CacheManager manager) {
        this.manager = manager;
    }

    /** Hazelcast bounds each cache by its own eviction policy (least recently used beyond its entry count). */
    static Optional<RuleState.Store> lookup() {
        try {
            Object manager = new InitialContext().lookup("payara/CacheManager");
            return manager instanceof CacheManager cacheManager ? Optional.of(new GridStore(cacheManager)) : Optional.empty();
        } catch (NamingException notPayara) {
            return Optional.empty();
        }
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

    private Cache<String, byte[]> cache(String space, Duration lifetime) {
        String name = "waymark-windows-" + space + "-" + lifetime.toSeconds() + "s";
        return caches.computeIfAbsent(name, ignored -> {
            Cache<String, byte[]> existing = manager.getCache(name);
            if (existing != null) {
                return existing;
            }
            MutableConfiguration<String, byte[]> configuration = new MutableConfiguration<String, byte[]>()
                    .setStoreByValue(true)
                    .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                            new javax.cache.expiry.Duration(TimeUnit.SECONDS, lifetime.toSeconds())));
            try {
                return manager.createCache(name, configuration);
            } catch (CacheException createdByAnotherNode) {
                return manager.getCache(name);
            }
        });
    }
}
