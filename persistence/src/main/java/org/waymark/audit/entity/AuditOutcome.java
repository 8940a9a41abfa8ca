package org.waymark.audit.entity;

public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
