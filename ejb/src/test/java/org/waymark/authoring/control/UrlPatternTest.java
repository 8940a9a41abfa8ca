package org.waymark.authoring.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.waymark.common.control.BudgetedText;

class UrlPatternTest {

    @Test
    void aGlobStarTakesAnyPortAndAnyRestOfThePath() {
        UrlPattern demo = UrlPattern.parse("http://127.0.0.1:*/demo/*");

        assertTrue(demo.matches("http://127.0.0.1:8123/demo/index.html"));
        assertTrue(demo.matches("http://127.0.0.1:8123/demo/deals/42?tab=notes#top"));
        assertFalse(demo.matches("http://127.0.0.1:8123/admin/demo/"));
        assertFalse(demo.matches("https://127.0.0.1:8123/demo/index.html"), "the scheme counts");
        assertFalse(demo.matches("http://127.0.0.2:8123/demo/index.html"));
    }

    @Test
    void aHostStarStaysWithinTheHost() {
        UrlPattern crm = UrlPattern.parse("https://*.crm.example.com/*");

        assertTrue(crm.matches("https://eu.crm.example.com/leads"));
        assertFalse(crm.matches("https://evil.test/.crm.example.com/leads"), "a star before the path never crosses a slash");
        for (String elsewhere : new String[] {"https://evil.test?.crm.example.com/", "https://evil.test#.crm.example.com/",
                "https://evil.test\\.crm.example.com/", "https://me@evil.test@x.crm.example.com/"}) {
            assertFalse(crm.matches(elsewhere), elsewhere + " is on another host");
        }
        assertTrue(UrlPattern.parse("*://crm.example.com").matches("http://crm.example.com/anything"), "no path: every page");
    }

    @Test
    void aRegularExpressionMatchesAnywhereAsInJavaScript() {
        UrlPattern regex = UrlPattern.parse("regex:^https://crm\\.example\\.com/(leads|deals)/\\d+$");

        assertTrue(regex.matches("https://crm.example.com/deals/42"));
        assertFalse(regex.matches("https://crm.example.com/deals/new"));
    }

    @Test
    void whatIsNoPatternIsRefusedWithAReason() {
        for (String broken : new String[] {"", "crm.example.com/*", "ftp://files.example.com/*", "https:///path", "regex:(unclosed"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> UrlPattern.parse(broken), broken);
            assertFalse(refused.getMessage().isBlank());
        }
    }

    @Test
    void anExpressionThatBacktracksWithoutEndIsStopped() {
        UrlPattern evil = UrlPattern.parse("regex:(.*a){12}b");

        assertThrows(BudgetedText.TooSlow.class, () -> evil.matches("https://example.com/" + "a".repeat(30)));
    }
}
