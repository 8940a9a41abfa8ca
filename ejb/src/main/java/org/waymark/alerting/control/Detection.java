package org.waymark.alerting.control;

import org.waymark.alerting.entity.Alert;

/**
 * A rule matched: what becomes a new alert, or raises the count of the open one for the same
 * rule and entity.
 *
 * @param count how many events the match rests on (the failures in the window), at least 1
 */
public record Detection(RuleConfig rule, SecurityEvent event, String user, String address, String host, long count, String summary) {

    /** Rule and entity: matches with the same key fold into one open alert. */
    public String suppressionKey() {
        String key = rule.rule() + "|" + nullToEmpty(user) + "|" + nullToEmpty(address) + "|" + nullToEmpty(host);
        return key.length() > Alert.KEY_MAX ? key.substring(0, Alert.KEY_MAX) : key;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
