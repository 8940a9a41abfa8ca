package org.waymark.alerting.entity;

/** How urgent an alert is, lowest first: the order is the one the SOC queue sorts by. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
