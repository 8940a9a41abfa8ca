package org.waymark.audit.control;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 CSV for spreadsheets. Written here rather than with a CSV library because the one
 * thing that matters beyond quoting is defusing formulas: audit values are partly typed by
 * attackers (a username such as {@code =HYPERLINK(...)}), and a cell starting with = + - @ or a
 * tab is prefixed with an apostrophe so that spreadsheets show it as text (OWASP CSV injection).
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
