package org.waymark.alerting.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.alerting.control.SecurityEvent.Outcome;
import org.waymark.alerting.control.SecurityEvent.Type;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

/** This product's own audit records as security events: they reach the rules directly, not over the network. */
public final class AuditEvents {

    public static final String APPLICATION = "waymark";
    /** The user a role assignment's audit target names: "assignment 7: ANALYST (global) for bob". */
    private static final Pattern GRANTEE = Pattern.compile(" for (\\S+)$");

    private AuditEvents() {
    }

    public static Optional<SecurityEvent> toSecurityEvent(AuditEvent event, String hostname) {
        Outcome outcome = event.getOutcome() == AuditOutcome.SUCCESS ? Outcome.SUCCESS : Outcome.FAILURE;
        String raw = event.getAction() + " " + event.getOutcome() + " by " + event.getActor()
                + (event.getTarget() == null ? "" : " on " + event.getTarget()) + (event.getDetail() == null ? "" : ": " + event.getDetail());
        return switch (event.getAction()) {
            case "login", "login.api-key" -> Optional.of(new SecurityEvent(event.getOccurredAt(), hostname, APPLICATION, Type.AUTHENTICATION,
                    outcome, event.getActor(), event.getSourceAddress(), raw));
            case "user.create" -> Optional.of(new SecurityEvent(event.getOccurredAt(), hostname, APPLICATION, Type.ACCOUNT_CHANGE, outcome,
                    event.getTarget(), event.getSourceAddress(), raw));
            case "role.approve" -> {
                Matcher grantee = GRANTEE.matcher(event.getTarget() == null ? "" : event.getTarget());
                yield Optional.of(new SecurityEvent(event.getOccurredAt(), hostname, APPLICATION, Type.ACCOUNT_CHANGE, outcome,
                        grantee.find() ? grantee.group(1) : null, event.getSourceAddress(), raw));
            }
            default -> Optional.empty();
        };
    }
}
