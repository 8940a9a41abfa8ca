package org.waymark.identity.entity;

/** The life of a role assignment: requested, then approved (active) or not. */
public enum AssignmentState {
    PENDING,
    ACTIVE,
    REJECTED,
    EXPIRED,
    REVOKED
}
