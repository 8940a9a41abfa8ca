package org.waymark.authoring.entity;

/** Where an item's latest revision stands in review. Only an approved revision can be published. */
public enum ItemState {
    /** Saved, not submitted; also where a rejected revision returns to. */
    DRAFT,
    IN_REVIEW,
    APPROVED
}
