package org.waymark.alerting.entity;

/** Where an alert is in its triage. Every state but {@link #RESOLVED} counts as open. */
public enum AlertStatus {
    NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED
}
