package org.waymark.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    @Test
    void theSubsetStaysAsItIs() {
        String html = "Click <b>New</b>, then <i>Save</i>:<br /><ul><li>one</li><li><strong>two</strong></li></ul><p><em>done</em></p>";

        assertEquals(html, RichText.sanitize(html));
        assertEquals(html, RichText.sanitize(html.replace("<br />", "<br>")), "line breaks in XML syntax");
    }

    @Test
    void linksKeepHttpAndMailtoAndOpenDetached() {
        assertEquals("<a href=\"https://help.example.com/x?a=1&amp;b=2\" rel=\"noopener noreferrer nofollow\">help</a>",
                RichText.sanitize("<a href=\"https://help.example.com/x?a=1&b=2\" target=\"_top\">help</a>"));
        assertEquals("<a href=\"mailto:help@example.com\" rel=\"noopener noreferrer nofollow\">mail</a>",
                RichText.sanitize("<a href='mailto:help@example.com'>mail</a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>after",
        "<img src=x onerror=alert(1)>after",
        "<b onclick=\"alert(1)\">after</b>",
        "<a href=\"javascript:alert(1)\">after</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">after</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">after</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">after</a>",
        "<a href=\"vbscript:msgbox(1)\">after</a>",
        "<p style=\"background:url(javascript:alert(1))\">after</p>",
        "<div style=\"width: expression(alert(1))\">after</div>",
        "<style>*{x:expression(alert(1))}</style>after",
        "<svg><script>alert(1)</script></svg>after",
        "<svg onload=alert(1)>after",
        "<iframe src=\"https://evil.test\"></iframe>after",
        "<b <script>alert(1)</script>>after",
        "<<script>alert(1)//<</script>after",
        "<scr<script>ipt>alert(1)</script>after",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>after",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">after",
        "<form action=\"https://evil.test\"><button>after</button></form>",
        "<a href=\"/relative\">after</a>",
        "<!--<img src=x onerror=alert(1)>-->after",
        "<base href=\"https://evil.test/\">after",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">after",
    })
    void nothingActiveSurvives(String hostile) {
        String clean = RichText.sanitize(hostile);
        String lower = clean.toLowerCase(Locale.ROOT);

        for (String active : new String[] {"<script", "<img", "<svg", "<iframe", "<style", "<form", "<base", "<meta", "<div", "on",
            "javascript:", "vbscript:", "data:", "style=", "expression(", "href=\"/"}) {
            if (active.equals("on")) {
                assertFalse(lower.matches("(?s).*<[^>]*\\son[a-z]+=.*"), () -> "an event handler in " + clean);
            } else {
                assertFalse(lower.contains(active), () -> active + " in " + clean);
            }
        }
        assertEquals(clean, RichText.sanitize(clean), "sanitizing again changes nothing");
    }

    @Test
    void brokenMarkupIsClosedAndTextIsEscaped() {
        assertEquals("<b>bold <i>both</i></b>", RichText.sanitize("<b>bold <i>both"));
        assertEquals("1 &lt; 2 &amp;&amp; 3 &gt; 2", RichText.sanitize("1 < 2 && 3 > 2"));
    }

    @Test
    void rightToLeftAndEmojiStayAsCharacters() {
        String text = "مرحبا بالعالم 👋🏽 שלום";

        assertEquals(text, RichText.sanitize(text));
        assertEquals(text, RichText.visibleText("<b>" + text + "</b>"));
    }
}
