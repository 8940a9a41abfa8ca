package org.waymark.alerting.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Windows in this node's memory, for servers without a data grid. Each space holds at most
 * {@code maxKeys} windows: past that, expired ones go first, then the ones closest to expiring.
 */
final class LocalStore implements RuleState.Store {

    private record Entry(Window window, long expiresAt) {
    }

    private final int maxKeys;
    private final Map<String, Map<String, Entry>> spaces = new ConcurrentHashMap<>();

    LocalStore(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    @Override
    public Window update(String space, Duration lifetime, String key, WindowChange change) {
        Map<String, Entry> windows = spaces.computeIfAbsent(space + "-" + lifetime.toSeconds(), ignored -> new ConcurrentHashMap<>());
        long now = System.currentTimeMillis();
        Entry entry = windows.compute(key, (ignored, before) -> {
            Window current = before == null || before.expiresAt() <= now ? Window.EMPTY : before.window();
            return new Entry(change.apply(current), now + lifetime.toMillis());
        });
        if (windows.size() > maxKeys) {
            trim(windows, now);
        }
        return entry.window();
    }

    @Override
    public Window read(String space, Duration lifetime, String key) {
        Map<String, Entry> windows = spaces.get(space + "-" + lifetime.toSeconds());
        Entry entry = windows == null ? null : windows.get(key);
        return entry == null || entry.expiresAt() <= System.currentTimeMillis() ? Window.EMPTY : entry.window();
    }

    @Override
    public long size() {
        return spaces.values().stream().mapToLong(Map::size).sum();
    }

    /** Down to nine tenths of the cap, so that trimming is rare: expired first, then the oldest. */
    private synchronized void trim(Map<String, Entry> windows, long now) {
        windows.values().removeIf(entry -> entry.expiresAt() <= now);
        int excess = windows.size() - maxKeys * 9 / 10;
        if (excess > 0) {
            windows.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue((a, b) -> Long.compare(a.expiresAt(), b.expiresAt())))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(windows::remove);
        }
    }
}
