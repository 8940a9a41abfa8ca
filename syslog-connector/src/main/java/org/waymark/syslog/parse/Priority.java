package org.waymark.syslog.parse;

/** The PRI part both syslog formats start with: "<" 1–3 digits ">", the value 0–191, no leading zero. */
final class Priority {

    private Priority() {
    }

    /** The priority value at {@code start}, or -1 when there is none. */
    static int read(String text, int start) {
        if (text.length() < start + 3 || text.charAt(start) != '<') {
            return -1;
        }
        int value = 0;
        int digits = 0;
        int at = start + 1;
        while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128 && digits < 4) {
            value = value * 10 + (text.charAt(at) - '0');
            digits++;
            at++;
        }
        boolean leadingZero = digits > 1 && text.charAt(start + 1) == '0';
        if (digits == 0 || digits > 3 || leadingZero || value > 191 || at >= text.length() || text.charAt(at) != '>') {
            return -1;
        }
        return value;
    }
}
