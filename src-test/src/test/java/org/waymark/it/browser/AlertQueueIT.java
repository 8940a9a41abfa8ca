package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.waymark.it.support.AlertQueue;
import org.waymark.it.support.Api;
import org.waymark.it.support.SyslogSender;

/**
 * An analyst keeps the alert queue open while sshd failures arrive over syslog: the new alert, its
 * further matches and a colleague's triage show up in the open page, pushed, without a reload.
 */
class AlertQueueIT extends BrowserTest {

    private static final String SYSLOG_PORT = System.getenv("DAP_SYSLOG_TCP_PORT");

    @Test
    void theOpenQueueFollowsTheRulesAndTheTriage() {
        EditorPage editor = signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));
        assertTrue(editor.menu().contains("alerts"), editor.menu().toString());
        AlertsPage alerts = AlertsPage.open(editor, browser.driver());

        String user = Api.unique("queue");
        String address = "198.18." + (user.hashCode() & 255) + "." + (user.hashCode() >>> 8 & 255);
        failures(user, address, 8);
        alerts.awaitRow(user, "\t8\t");
        assertTrue(alerts.row(user).contains("Brute force against one account"), alerts.row(user));
        assertTrue(alerts.row(user).contains("New"), alerts.row(user));

        failures(user, address, 2);
        alerts.awaitRow(user, "\t10\t");

        JsonObject alert = AlertQueue.awaitOne(Api.admin(base), "BRUTE_FORCE_ACCOUNT", user, found -> found.getInt("count") == 10);
        Api.Answer acknowledged = Api.admin(base).post("api/v1/alerts/" + alert.getJsonNumber("id").longValue() + "/acknowledge", null);
        assertEquals(200, acknowledged.status(), acknowledged::toString);
        alerts.awaitRow(user, "Acknowledged");

        assertTrue(alerts.notReloaded(), "no reload");
    }

    @Test
    void whoMayNotSeeAlertsGetsNeitherTheEntryNorTheScreen() {
        String creator = Api.unique("colin");
        Api.admin(base).createUser(creator, "browser-user-password-42");
        Api.grant(base, creator, "CONTENT_CREATOR");

        EditorPage editor = signIn(creator, "browser-user-password-42");
        assertFalse(editor.menu().contains("alerts"), editor.menu().toString());
        editor.open("soc/alerts.xhtml");
        assertTrue(editor.showsForbidden(), "the 403 page");
    }

    private static void failures(String user, String address, int count) {
        List<String> lines = IntStream.range(0, count)
                .mapToObj(i -> "Failed password for " + user + " from " + address + " port " + (40_000 + i) + " ssh2").toList();
        SyslogSender.sshd(SYSLOG_PORT, lines);
    }
}
