package org.waymark.audit.boundary;

import java.time.Instant;
import org.waymark.audit.entity.AuditOutcome;

/** What the audit viewer narrows the trail to; null fields do not filter. Text fields match exactly. */
public record AuditFilter(String actor, String action, AuditOutcome outcome, String sourceAddress, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
