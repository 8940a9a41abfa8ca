package org.waymark.syslog.parse;

/** Small text rules shared by the parsers. */
final class Messages {

    private Messages() {
    }

    /** Senders often end a message with a line break (rsyslog counts it into the octet count): it is not content. */
    static String withoutTrailingNewline(String message) {
        int end = message.length();
        while (end > 0 && (message.charAt(end - 1) == '\n' || message.charAt(end - 1) == '\r')) {
            end--;
        }
        return message.substring(0, end);
    }
}
