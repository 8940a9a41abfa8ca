package org.waymark.it.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.AlertQueue;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;
import org.waymark.it.support.SuiteSetup;
import org.waymark.it.support.SyslogSender;
import org.waymark.it.support.TestDatabase;

/**
 * The alert rules as the SOC meets them: syslog sent with {@code logger} to the packaged
 * application on Payara Micro and MariaDB, alerts read and triaged over /api/v1/. Every test uses
 * its own users and addresses, because the rules' windows and the alerts outlive a test.
 */
@ExtendWith(ArquillianExtension.class)
class AlertRulesIT {

    /** Set for Arquillian's Micro by failsafe (src-test/pom.xml). */
    private static final String SYSLOG_PORT = System.getenv("DAP_SYSLOG_TCP_PORT");
    private static final String SYSLOG_UDP_PORT = System.getenv("DAP_SYSLOG_UDP_PORT");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    private String root;
    private Api admin;

    @BeforeEach
    void connect() {
        root = MicroDeployment.root(deployed);
        admin = Api.admin(root);
    }

    @Test
    void anSshdBurstRaisesOneBruteForceAlertWithItsCountAndASuccessAfterItTheCriticalOne() {
        String user = Api.unique("root");
        String address = publicAddress();
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            burst.add("Failed password for " + user + " from " + address + " port " + (40_000 + i) + " ssh2");
        }
        SyslogSender.sshd(SYSLOG_PORT, burst);

        JsonObject account = awaitOne("BRUTE_FORCE_ACCOUNT", user, alert -> alert.getInt("count") == 20);
        assertEquals("HIGH", account.getString("severity"));
        assertEquals("T1110.001", account.getString("technique"));
        assertEquals("NEW", account.getString("status"));
        JsonObject source = awaitOne("BRUTE_FORCE_SOURCE", address, alert -> alert.getInt("count") == 20);
        assertEquals(address, source.getString("address"));

        SyslogSender.sshd(SYSLOG_PORT, List.of("Accepted password for " + user + " from " + address + " port 41000 ssh2"));

        JsonObject critical = awaitOne("SUCCESS_AFTER_FAILURES", address, alert -> true);
        assertEquals("CRITICAL", critical.getString("severity"));
        assertEquals(user, critical.getString("user"));
        JsonObject details = admin.get("api/v1/alerts/" + critical.getJsonNumber("id").longValue()).json();
        assertTrue(details.getJsonArray("events").getJsonObject(0).getString("raw").contains("Accepted password for " + user),
                details.toString());
        assertEquals(1, AlertQueue.alerts(admin, "BRUTE_FORCE_ACCOUNT", user).size(), "still exactly one brute-force alert for the account");
    }

    @Test
    void anSshdBurstOverUdpRaisesTheAlertToo() {
        String user = Api.unique("udp-root");
        String address = publicAddress();
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add("Failed password for " + user + " from " + address + " port " + (42_000 + i) + " ssh2");
        }
        SyslogSender.send(SYSLOG_UDP_PORT, List.of("--udp", "--rfc3164", "-t", "sshd"), burst);

        JsonObject alert = awaitOne("BRUTE_FORCE_ACCOUNT", user, found -> found.getInt("count") == 8);
        assertEquals("HIGH", alert.getString("severity"));
    }

    @Test
    void tenUsersFailingFromOneAddressArePasswordSpraying() {
        String address = publicAddress();
        String base = Api.unique("spray");
        List<String> spray = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int user = 0; user < 10; user++) {
                spray.add("Failed password for invalid user " + base + user + " from " + address + " port 5" + round + user + " ssh2");
            }
        }
        SyslogSender.sshd(SYSLOG_PORT, spray);

        JsonObject spraying = awaitOne("PASSWORD_SPRAYING", address, alert -> true);
        assertEquals("T1110.003", spraying.getString("technique"));
        assertTrue(spraying.getString("summary").startsWith("30 failed sign-ins for 10 users"), spraying.toString());
    }

    @Test
    void aSignInFromAnAddressNotSeenForTheUserWithinTheBaseline() throws SQLException, InterruptedException {
        String user = Api.unique("ursula");
        String home = corporateAddress();
        String elsewhere = corporateAddress();

        accepted(user, home);
        accepted(user, home);
        // each logger run is a connection of its own, read by a thread of its own: the second address
        // must not overtake the first, which is to set the baseline
        awaitRemembered(user, home);
        accepted(user, elsewhere);

        JsonObject unknown = awaitOne("UNKNOWN_ADDRESS", user, alert -> true);
        assertEquals(elsewhere, unknown.getString("address"), "the first sign-in set the baseline and raised nothing");
        assertEquals("MEDIUM", unknown.getString("severity"));

        // the first address was last seen 100 days ago: beyond the 90 days of the baseline
        try (Connection connection = TestDatabase.connect(SuiteSetup.ARQUILLIAN_DATABASE);
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE login_address SET last_seen = DATE_SUB(last_seen, INTERVAL 100 DAY) WHERE user_name = ? AND address = ?")) {
            statement.setString(1, user);
            statement.setString(2, home);
            assertEquals(1, statement.executeUpdate());
        }
        accepted(user, home);

        AlertQueue.await(admin, "UNKNOWN_ADDRESS", user, found -> found.size() == 2);
    }

    private static void awaitRemembered(String user, String address) throws SQLException, InterruptedException {
        try (Connection connection = TestDatabase.connect(SuiteSetup.ARQUILLIAN_DATABASE);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM login_address WHERE user_name = ? AND address = ?")) {
            statement.setString(1, user);
            statement.setString(2, address);
            for (int i = 0; i < 150; i++) {
                try (ResultSet found = statement.executeQuery()) {
                    if (found.next() && found.getInt(1) == 1) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the sign-in of " + user + " from " + address + " was not remembered within 15 s");
    }

    @Test
    void signInsFromOffPremisesAndOutsideBusinessHours() {
        // business hours only on a day that is not today (UTC): now is outside them
        DayOfWeek notToday = LocalDate.now(ZoneOffset.UTC).getDayOfWeek().plus(3);
        JsonObject offHours = Json.createObjectBuilder().add("parameters", Json.createObjectBuilder()
                .add("days", notToday.name()).add("start", "00:00").add("end", "23:59").add("timeZone", "UTC")).build();
        assertEquals(200, admin.put("api/v1/alert-rules/OFF_HOURS", offHours).status());
        try {
            String user = Api.unique("olga");
            String address = publicAddress();
            accepted(user, address);

            JsonObject offPremises = awaitOne("OFF_PREMISES", user, alert -> true);
            assertEquals(address, offPremises.getString("address"));
            JsonObject late = awaitOne("OFF_HOURS", user, alert -> true);
            assertEquals("LOW", late.getString("severity"));
        } finally {
            JsonObject defaults = Json.createObjectBuilder().add("parameters", Json.createObjectBuilder()
                    .add("days", "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY").add("start", "07:00").add("end", "19:00")).build();
            assertEquals(200, admin.put("api/v1/alert-rules/OFF_HOURS", defaults).status());
        }
    }

    @Test
    void aCefAuthenticationFailureStreamIsRecognized() {
        String user = Api.unique("vpn-user");
        String address = publicAddress();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            failures.add("CEF:0|Acme|VPN Gateway|4.2|4625|Login failed|7|outcome=failure duser=" + user + " src=" + address
                    + " msg=bad password\\=x");
        }
        SyslogSender.send(SYSLOG_PORT, List.of("--tcp", "--octet-count", "--rfc5424", "-t", "vpn"), failures);

        JsonObject alert = awaitOne("BRUTE_FORCE_ACCOUNT", user, found -> found.getInt("count") == 8);
        assertEquals(user, alert.getString("user"));
    }

    @Test
    void anAccountMadeInThisProductIsAPrivilegeChangeThatAnalystsTriage() {
        String user = Api.unique("newbie");
        admin.createUser(user, "newbie-password-4242");
        JsonObject alert = awaitOne("PRIVILEGE_CHANGE", user, found -> true);
        String path = "api/v1/alerts/" + alert.getJsonNumber("id").longValue();

        String outsider = Api.unique("cory");
        admin.createUser(outsider, "cory-password-4242");
        Api.grant(root, outsider, "CONTENT_CREATOR");
        Api creator = Api.basic(root, outsider, "cory-password-4242");
        assertEquals(403, creator.get("api/v1/alerts").status());
        assertEquals(403, creator.post(path + "/acknowledge", null).status());

        assertEquals("ACKNOWLEDGED", admin.post(path + "/acknowledge", null).json().getString("status"));
        Api.Answer wrongAssignee = admin.post(path + "/assign", Json.createObjectBuilder().add("assignee", outsider).build());
        assertEquals(400, wrongAssignee.status(), "a content creator cannot see alerts");
        JsonObject assigned = admin.post(path + "/assign", Json.createObjectBuilder().add("assignee", "admin").build()).json();
        assertEquals("IN_PROGRESS", assigned.getString("status"));
        assertEquals("admin", assigned.getString("assignee"));
        assertEquals(201, admin.post(path + "/notes", Json.createObjectBuilder().add("text", "created by the onboarding script").build())
                .status());
        assertEquals(400, admin.post(path + "/resolve", Json.createObjectBuilder().build()).status(), "a classification is needed");
        JsonObject resolved = admin.post(path + "/resolve", Json.createObjectBuilder().add("classification", "BENIGN")
                .add("note", "expected").build()).json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals("BENIGN", resolved.getString("classification"));
        assertEquals(409, admin.post(path + "/acknowledge", null).status(), "a resolved alert stays resolved");

        JsonObject details = admin.get(path).json();
        assertEquals(2, details.getJsonArray("notes").size());
        assertEquals("admin", details.getJsonArray("notes").getJsonObject(0).getString("author"));
        JsonArray audited = admin.get("api/v1/audit?action=alert.resolve&actor=admin").json().getJsonArray("events");
        assertTrue(audited.stream().map(JsonObject.class::cast).anyMatch(e -> e.getString("target").startsWith("alert " + alert.getJsonNumber("id"))),
                audited.toString());
    }

    @Test
    void ruleSettingsAreCheckedAllOrNothingAndOnlyForThoseAllowed() {
        JsonObject before = admin.get("api/v1/alert-rules/BRUTE_FORCE_SOURCE").json();
        JsonObject bad = Json.createObjectBuilder().add("severity", "CRITICAL").add("parameters", Json.createObjectBuilder()
                .add("failures", "zero").add("windowSecs", "60")).build();

        Api.Answer refused = admin.put("api/v1/alert-rules/BRUTE_FORCE_SOURCE", bad);

        assertEquals(400, refused.status());
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("windowSecs") && detail.contains("has no such parameter"), detail);
        assertEquals(before, admin.get("api/v1/alert-rules/BRUTE_FORCE_SOURCE").json(), "nothing changed");
        assertEquals(404, admin.get("api/v1/alert-rules/NO_SUCH_RULE").status());

        String user = Api.unique("nosy");
        admin.createUser(user, "nosy-password-4242");
        Api.grant(root, user, "CONTENT_CREATOR");
        assertEquals(403, Api.basic(root, user, "nosy-password-4242")
                .put("api/v1/alert-rules/BRUTE_FORCE_SOURCE", Json.createObjectBuilder().add("enabled", false).build()).status());

        JsonObject changed = admin.put("api/v1/alert-rules/BRUTE_FORCE_SOURCE", Json.createObjectBuilder()
                .add("suppressionSeconds", 600).add("sources", Json.createArrayBuilder().add("fw-1").add("vpn")).build()).json();
        try {
            assertEquals(600, changed.getInt("suppressionSeconds"));
            assertEquals("admin", changed.getString("updatedBy"));
            assertEquals(2, changed.getJsonArray("sources").size());
        } finally {
            admin.put("api/v1/alert-rules/BRUTE_FORCE_SOURCE", Json.createObjectBuilder().add("suppressionSeconds", 3600)
                    .add("sources", Json.createArrayBuilder()).build());
        }
    }

    @Test
    void anAnalystsExtractorIsTriedOnASampleThenFeedsTheRules() {
        String pattern = "vpn login (?<outcome>\\w+) for (?<user>\\S+) from (?<ip>\\S+)";
        JsonObject trial = Json.createObjectBuilder().add("pattern", pattern).add("type", "AUTHENTICATION").add("application", "vpnd")
                .add("sample", "vpn login denied for dora from 203.0.113.44").build();
        JsonObject tried = admin.post("api/v1/extractors/test", trial).json();
        assertEquals(true, tried.getBoolean("matched"));
        assertEquals("dora", tried.getString("user"));
        assertEquals("203.0.113.44", tried.getString("sourceAddress"));
        assertEquals("FAILURE", tried.getString("outcome"));

        Api.Answer broken = admin.post("api/v1/extractors/test", Json.createObjectBuilder(trial).add("pattern", "(?<user>x").build());
        assertEquals(400, broken.status());
        assertTrue(broken.json().getString("detail").startsWith("Not a regular expression"), broken.body());
        Api.Answer evil = admin.post("api/v1/extractors/test", Json.createObjectBuilder(trial).add("pattern", "(?<user>(.*a){12}b)")
                .add("outcome", "FAILURE").add("sample", "a".repeat(30)).build());
        assertEquals(400, evil.status());
        assertTrue(evil.json().getString("detail").contains("too many steps"), evil.body());

        String name = Api.unique("vpn");
        Api.Answer untried = admin.post("api/v1/extractors", Json.createObjectBuilder().add("name", name).add("pattern", pattern)
                .add("type", "AUTHENTICATION").add("application", "vpnd").add("sample", "vpn session closed for dora").build());
        assertEquals(400, untried.status(), "saved only with a sample it reads: " + untried);
        Api.Answer added = admin.post("api/v1/extractors", Json.createObjectBuilder().add("name", name).add("pattern", pattern)
                .add("type", "AUTHENTICATION").add("application", "vpnd").add("sample", "vpn login denied for dora from 203.0.113.9").build());
        assertEquals(201, added.status(), added::toString);
        try {
            String user = Api.unique("vpn-user");
            String address = publicAddress();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                lines.add("vpn login denied for " + user + " from " + address);
            }
            SyslogSender.send(SYSLOG_PORT, List.of("--tcp", "--rfc3164", "-t", "vpnd"), lines);

            JsonObject alert = awaitOne("BRUTE_FORCE_ACCOUNT", user, found -> found.getInt("count") == 8);
            assertEquals(user, alert.getString("user"));
        } finally {
            assertEquals(204, admin.delete("api/v1/extractors/" + added.json().getJsonNumber("id").longValue()).status());
        }
    }

    @Test
    void aFloodOfDistinctUsersAndAddressesLeavesTheRulesWindowsBounded() throws InterruptedException {
        // failsafe sets DAP_ALERT_MAX_KEYS=1000. Hazelcast applies such a bound per partition, with
        // slack for uneven partitions: for 1,000 a cache holds up to about 3,500 windows (271
        // partitions of 13). Three rules keep a window for each failure (the account, the address,
        // the address's users): 30,000 windows without the bound, at most about 10,500 with it.
        int failures = 10_000;
        long eventsBefore = securityEvents();
        String prefix = Api.unique("flood");
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < failures; i++) {
            flood.add("Failed password for " + prefix + "-" + i + " from 10.77." + (i >> 8) + "." + (i & 255) + " port 22 ssh2");
        }
        SyslogSender.sshd(SYSLOG_PORT, flood);
        for (int i = 0; i < 300 && securityEvents() < eventsBefore + failures; i++) {
            Thread.sleep(100);
        }
        assertTrue(securityEvents() >= eventsBefore + failures, "the flood reached the rules");

        long windows = admin.get("api/v1/syslog/stats").json().getJsonNumber("ruleWindows").longValue();
        assertTrue(windows <= 12_000, "windows held after " + failures + " distinct failures: " + windows);
    }

    private long securityEvents() {
        return admin.get("api/v1/syslog/stats").json().getJsonObject("securityEvents").values().stream()
                .mapToLong(value -> ((JsonNumber) value).longValue()).sum();
    }

    private void accepted(String user, String address) {
        SyslogSender.sshd(SYSLOG_PORT, List.of("Accepted publickey for " + user + " from " + address + " port 50022 ssh2"));
    }

    private JsonObject awaitOne(String rule, String entity, Predicate<JsonObject> condition) {
        return AlertQueue.awaitOne(admin, rule, entity, condition);
    }

    /** An address outside the default corporate networks (TEST-NET-3 and the benchmarking range). */
    private static String publicAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static String corporateAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
