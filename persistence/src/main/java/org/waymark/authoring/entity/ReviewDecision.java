package org.waymark.authoring.entity;

public enum ReviewDecision {
    APPROVED,
    /** Sent back to its authors with the reviewer's comment. */
    REJECTED
}
