package org.waymark.it.support;

import java.util.List;

/** What the Editor's text fields must take as inert data: markup that would run, break out or mislead if it were not. */
public final class HostileText {

    /** Longer than any text field allows, markup included. */
    public static final String TOO_LONG = "<b>" + "long ".repeat(5_000) + "</b>";

    public static final List<String> ALL = List.of(
            "<script>document.title='pwned'</script>Script",
            "<img src=x onerror=\"document.title='pwned'\">Image",
            "<a href=\"javascript:document.title='pwned'\">Link</a>",
            "<a href=\"JaVaScRiPt:alert(1)\" onclick=\"alert(2)\">Mixed case</a>",
            "<p style=\"width: expression(alert(1)); background:url(javascript:alert(1))\">CSS</p>",
            "<b><i>Broken <a href=\"https://example.com/ok",
            "\"><svg onload=\"document.title='pwned'\">Break out",
            "</textarea><script>document.title='pwned'</script>Textarea",
            "{{constructor.constructor('document.title=1')()}} #{1+1} ${1+1}",
            "'; DROP TABLE content_item; --",
            "مرحبا <b>بالعالم</b> عربي",
            "עברית עם emoji 👋🏽🚀 and English",
            "Ünïcödé — ‘quotes’ & ampersands < > \" '",
            TOO_LONG);

    private HostileText() {
    }
}
