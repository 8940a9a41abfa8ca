package org.waymark.identity.entity;

import java.time.Duration;
import java.util.Objects;

/** After {@code threshold} failed logins within {@code window}, an account is locked for {@code duration}. */
public record LockoutPolicy(int threshold, Duration window, Duration duration) {

    public LockoutPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("the lockout threshold must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(duration, "duration");
    }
}
