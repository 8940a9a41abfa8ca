package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.AlertQueue;
import org.waymark.it.support.Api;
import org.waymark.it.support.SyslogSender;
import org.waymark.it.support.TextShown;

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
        editor.open("soc/alerts.xhtml");
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // gone if the page were loaded again: what follows must arrive by push
        ((JavascriptExecutor) driver).executeScript("window.sameQueuePage = true;");

        String user = Api.unique("queue");
        String address = "198.18." + (user.hashCode() & 255) + "." + (user.hashCode() >>> 8 & 255);
        failures(user, address, 8);
        wait.until(page -> row(page, user).contains("\t8\t"));
        assertTrue(row(driver, user).contains("Brute force against one account"), row(driver, user));
        assertTrue(row(driver, user).contains("New"), row(driver, user));

        failures(user, address, 2);
        wait.until(page -> row(page, user).contains("\t10\t"));

        JsonObject alert = AlertQueue.awaitOne(Api.admin(base), "BRUTE_FORCE_ACCOUNT", user, found -> found.getInt("count") == 10);
        Api.Answer acknowledged = Api.admin(base).post("api/v1/alerts/" + alert.getJsonNumber("id").longValue() + "/acknowledge", null);
        assertEquals(200, acknowledged.status(), acknowledged::toString);
        wait.until(page -> row(page, user).contains("Acknowledged"));

        assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return window.sameQueuePage === true;"), "no reload");
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

    /** The queue's row about the user, as shown (cells apart by tabs), or "" while there is none. */
    private static String row(WebDriver driver, String user) {
        return TextShown.ofAll(driver, "#queue\\:table tr.alert-row").stream().filter(text -> text.contains(user)).findFirst().orElse("");
    }
}
