package org.waymark.alerting.control;

import java.time.Instant;
import java.util.Objects;

/**
 * What the alert rules look at, whatever the source said it in: a normalized security event
 * (after Elastic's ECS event categories). Fields a source did not give are null.
 *
 * @param time          when it happened, by the source's clock (else when it was received)
 * @param raw           the message it was read from, for the analyst
 */
public record SecurityEvent(Instant time, String host, String application, Type type, Outcome outcome, String user,
                            String sourceAddress, String raw) {

    /** The kind of event. */
    public enum Type {
        /** A sign-in attempt. */
        AUTHENTICATION,
        /** An account or group created, changed or deleted, or a role granted. */
        ACCOUNT_CHANGE,
        /** A privileged command run (sudo, su, a role used). */
        PRIVILEGE_USE
    }

    public enum Outcome {
        SUCCESS, FAILURE
    }

    /** The longest user, host or application name kept: what the alert columns hold. Sources control these values. */
    public static final int NAME_MAX = 255;

    public SecurityEvent {
        user = cut(user, NAME_MAX);
        host = cut(host, NAME_MAX);
        application = cut(application, NAME_MAX);
        sourceAddress = cut(sourceAddress, 45);
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(raw, "raw");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
