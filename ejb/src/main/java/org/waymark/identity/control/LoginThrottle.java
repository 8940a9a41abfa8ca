package org.waymark.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waymark.configuration.control.Settings;

/**
 * Slows down a source address that fails to sign in too often, whichever accounts it tries:
 * beyond {@code DAP_LOGIN_IP_THRESHOLD} failures within 15 minutes, each further attempt waits
 * one second more, up to ten. Independent of the account lockout, which protects one account.
 * Kept per node: a cluster multiplies an attacker's budget by its size, which still bounds it.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofSeconds(10);
    /** Addresses remembered at most; the oldest are forgotten first, so a flood of addresses cannot exhaust memory. */
    static final int MAX_ADDRESSES = 10_000;

    @Inject
    Settings settings;

    private int threshold;

    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    @PostConstruct
    void configure() {
        threshold = settings.getInt("DAP_LOGIN_IP_THRESHOLD", 20, 1);
    }

    /** How long an attempt from this address waits before it is checked. */
    public synchronized Duration delayFor(String address, Instant now) {
        Deque<Instant> recent = recent(address, now);
        int excess = recent.size() - threshold;
        return excess < 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(excess + 1L, MAX_DELAY.toSeconds()));
    }

    public synchronized void failed(String address, Instant now) {
        Deque<Instant> recent = recent(address, now);
        recent.addLast(now);
        if (recent.size() > threshold + MAX_DELAY.toSeconds()) {
            recent.removeFirst(); // more failures would not lengthen the delay
        }
    }

    private Deque<Instant> recent(String address, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(address == null ? "-" : address, key -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        return recent;
    }
}
