package org.waymark.it.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.browser.AlertsPage;
import org.waymark.it.browser.EditorPage;
import org.waymark.it.browser.LoginPage;
import org.waymark.it.support.AlertQueue;
import org.waymark.it.support.Api;
import org.waymark.it.support.BrowserPerTest;
import org.waymark.it.support.Launcher;
import org.waymark.it.support.Paths;
import org.waymark.it.support.Scratch;
import org.waymark.it.support.SyslogSender;
import org.waymark.it.support.TestDatabase;
import org.waymark.it.support.TextShown;

/**
 * Two Waymark nodes started by the launcher on one database form one data grid
 * (DAP_CLUSTER_MEMBERS): failed sign-ins sent half to each node count as one series, an Alerts
 * screen open on one node follows what the other node changes, and so does an author's capture inbox.
 */
class ClusterIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String DATABASE = "waymark_it_cluster";

    private final List<Launcher> started = new ArrayList<>();

    @RegisterExtension
    final BrowserPerTest browser = new BrowserPerTest();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Launcher launcher : started) {
            launcher.stopIfRunning();
        }
    }

    @Test
    void failuresSpreadOverTwoNodesRaiseOneAlertThatScreensOnBothFollow() throws Exception {
        String url = TestDatabase.fresh(DATABASE);
        int firstGrid = Scratch.freePort();
        int secondGrid = Scratch.freePort();
        String members = "127.0.0.1:" + firstGrid + ",127.0.0.1:" + secondGrid;
        String cluster = "waymark-it-" + firstGrid;
        Map<String, String> first = node(url, members, cluster, firstGrid, "cluster-node-1");
        Map<String, String> second = node(url, members, cluster, secondGrid, "cluster-node-2");

        // one after the other: the first migrates the schema and creates the administrator
        Launcher firstNode = start(first, "cluster-node-1.log");
        Launcher secondNode = start(second, "cluster-node-2.log");
        assertTrue(secondNode.output().contains("DG Size: 2") || firstNode.output().contains("DG Size: 2"),
                "the nodes formed one data grid:\n" + secondNode.output());

        String secondBase = "http://127.0.0.1:" + second.get("DAP_HTTP_PORT") + "/";
        LoginPage.open(browser.driver(), secondBase).signIn("admin", first.get("DAP_ADMIN_PASSWORD"));
        AlertsPage onSecond = AlertsPage.open(new EditorPage(browser.driver(), secondBase), browser.driver());

        String user = Api.unique("split");
        for (int i = 0; i < 8; i++) {
            Map<String, String> node = i % 2 == 0 ? first : second;
            failure(node, user, i);
        }

        Api viaFirst = Api.basic("http://127.0.0.1:" + first.get("DAP_HTTP_PORT") + "/", "admin", first.get("DAP_ADMIN_PASSWORD"));
        Api viaSecond = Api.basic(secondBase, "admin", first.get("DAP_ADMIN_PASSWORD"));
        JsonObject alert = AlertQueue.awaitOne(viaFirst, "BRUTE_FORCE_ACCOUNT", user, found -> found.getInt("count") == 8);
        assertEquals(8, alert.getInt("count"), alert::toString);
        assertEquals(1, viaSecond.get("api/v1/alerts?rule=BRUTE_FORCE_ACCOUNT&entity=" + user).json().getInt("total"),
                "the second node sees the same single alert");
        onSecond.awaitRow(user, "\t8\t");

        // the first node alone counts these: the second node's screen hears of them from the first
        failure(first, user, 8);
        failure(first, user, 9);
        AlertQueue.awaitOne(viaFirst, "BRUTE_FORCE_ACCOUNT", user, found -> found.getInt("count") == 10);
        onSecond.awaitRow(user, "\t10\t");
        assertTrue(onSecond.notReloaded(), "pushed, not reloaded");

        anElementCapturedThroughOneNodeReachesTheInboxOpenOnTheOther(viaFirst, "http://127.0.0.1:" + first.get("DAP_HTTP_PORT") + "/", secondBase);
    }

    /** The capture overlay's request may reach any node; the author's Editor is open on one. */
    private void anElementCapturedThroughOneNodeReachesTheInboxOpenOnTheOther(Api viaFirst, String firstBase, String secondBase) throws Exception {
        String system = Api.unique("crm");
        assertEquals(201, viaFirst.post("api/v1/systems", Json.createObjectBuilder().add("key", system).add("name", "CRM")
                .add("urlPatterns", Json.createArrayBuilder().add("http://127.0.0.1:*/demo/*")).build()).status());
        new EditorPage(browser.driver(), secondBase).open("authoring/elements.xhtml?system=" + system);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(TextShown.inElement("capture:inbox", "Nothing captured yet."));
        ((JavascriptExecutor) browser.driver()).executeScript("window.sameInboxPage = true;");

        String token = viaFirst.post("api/v1/systems/" + system + "/captures", null).json().getString("token");
        String element = """
                {"selector": "#new-deal", "matchCount": 1, "tag": "button", "text": "New", "pageUrl": "http://127.0.0.1:8123/demo/deals"}""";
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(firstBase + "api/v1/capture"))
                .header("Content-Type", "text/plain;charset=UTF-8").header("Origin", "http://127.0.0.1:8123")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\": \"" + token + "\", \"element\": " + element + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, sent.statusCode(), sent::body);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(TextShown.inSelection(".wm-inbox-entry .captured-selector", "#new-deal"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return window.sameInboxPage === true;"),
                "pushed, not reloaded");
    }

    private static void failure(Map<String, String> node, String user, int attempt) {
        SyslogSender.sshd(node.get("DAP_SYSLOG_TCP_PORT"),
                List.of("Failed password for " + user + " from 198.51.100.23 port " + (20_000 + attempt) + " ssh2"));
    }

    private Launcher start(Map<String, String> environment, String log) throws IOException, InterruptedException {
        Launcher launcher = Launcher.run(environment, Paths.workDir().resolve(log));
        started.add(launcher);
        launcher.awaitHealthy(Integer.parseInt(environment.get("DAP_HTTP_PORT")), START_TIMEOUT);
        return launcher;
    }

    private static Map<String, String> node(String url, String members, String cluster, int gridPort, String dataDir) throws IOException {
        Path data = Paths.workDir().resolve(dataDir);
        Scratch.deleteRecursively(data);
        Map<String, String> environment = Launcher.environment(data, url, "cluster-admin-secret-1");
        environment.put("DAP_CLUSTER_MEMBERS", members);
        environment.put("DAP_CLUSTER_PORT", Integer.toString(gridPort));
        environment.put("DAP_CLUSTER_INTERFACE", "127.0.0.1");
        environment.put("DAP_CLUSTER_NAME", cluster);
        return environment;
    }
}
