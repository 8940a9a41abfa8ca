package org.waymark.identity.entity;

/** What a role asks of its holders' second factor. */
public enum SecondFactorPolicy {
    /** Each holder decides. */
    OPTIONAL,
    /** Holders need not enrol, but once enrolled they cannot turn it off (the default of Administrator and Security Analyst). */
    KEEP_ONCE_ENROLLED,
    /** Holders who have not enrolled can do nothing but enrol. */
    REQUIRED
}
