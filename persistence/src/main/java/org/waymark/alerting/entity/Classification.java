package org.waymark.alerting.entity;

/** What an analyst found when resolving an alert. */
public enum Classification {
    /** A real attack or misuse. */
    TRUE_POSITIVE,
    /** It happened as described, but was allowed (a pentest, an admin on travel). */
    BENIGN,
    /** The rule matched something that was not what it looks for. */
    FALSE_POSITIVE
}
