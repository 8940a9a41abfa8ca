package org.waymark.alerting.control;

import org.waymark.alerting.entity.Alert;

/** An alert in words, for an e-mail. */
final class AlertText {

    private AlertText() {
    }

    static String subject(String action, Alert alert) {
        String entity = alert.getUser() != null ? alert.getUser() : alert.getAddress() != null ? alert.getAddress() : alert.getHost();
        return "[Waymark] " + alert.getSeverity() + (AlertWriter.ALERT_ESCALATED.equals(action) ? " (raised)" : "") + ": "
                + alert.getRule().title() + (entity == null ? "" : " - " + entity) + " (alert " + alert.getId() + ")";
    }

    static String body(String action, Alert alert) {
        return (AlertWriter.ALERT_ESCALATED.equals(action) ? "The severity of an open alert rose.\n\n" : "A new alert.\n\n")
                + alert.getSummary() + "\n\n"
                + "Alert:      " + alert.getId() + "\n"
                + "Rule:       " + alert.getRule().title() + " (" + alert.getRule() + ")\n"
                + "Severity:   " + alert.getSeverity() + "\n"
                + "ATT&CK:     " + alert.getTechnique() + "\n"
                + line("User:       ", alert.getUser())
                + line("Address:    ", alert.getAddress())
                + line("Host:       ", alert.getHost())
                + "First seen: " + alert.getFirstSeen() + "\n"
                + "Last seen:  " + alert.getLastSeen() + "\n"
                + "Events:     " + alert.getCount() + "\n"
                + "Status:     " + alert.getStatus() + "\n";
    }

    private static String line(String label, String value) {
        return value == null ? "" : label + value + "\n";
    }
}
