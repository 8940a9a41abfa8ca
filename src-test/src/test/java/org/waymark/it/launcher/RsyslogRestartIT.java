package org.waymark.it.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.waymark.it.support.Api;
import org.waymark.it.support.Launcher;
import org.waymark.it.support.MariaDbServer;
import org.waymark.it.support.Paths;
import org.waymark.it.support.Rsyslog;
import org.waymark.it.support.Scratch;
import org.waymark.it.support.SyslogSender;
import org.waymark.it.support.TestDatabase;

/**
 * Waymark crashes (SIGKILL), or its database stops, while Debian's rsyslog forwards to it over RELP
 * from a disk-assisted queue, or while logger sends over plain TCP (a database outage only): once
 * they are back, every message sent before, during and after is accounted for. Each message reports a new account, and each account raises its own
 * privilege-change alert, so the alerts in the database are the count.
 */
class RsyslogRestartIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String DATABASE = "waymark_it_restart";
    private static final int BEFORE = 100;
    /** Large enough that the crash falls in the middle of it. */
    private static final int DURING = 2000;
    private static final int AFTER = 400;

    private final List<Launcher> started = new ArrayList<>();
    private Database database = () -> TestDatabase.connect(DATABASE);

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Launcher launcher : started) {
            launcher.stopIfRunning();
        }
    }

    @Test
    void aCrashLosesNothingThatRsyslogForwardsOverRelp() throws Exception {
        Map<String, String> environment = environment(TestDatabase.fresh(DATABASE));
        start(environment, "restart-1.log");
        String prefix = Api.unique("crash");
        try (Rsyslog rsyslog = Rsyslog.forwarding(Paths.workDir().resolve("rsyslog-restart"), relp(environment), "")) {
            newAccounts(rsyslog.input("relp"), prefix, 0, BEFORE);
            awaitAlerts(prefix, BEFORE, Duration.ofSeconds(60), () -> "");

            newAccounts(rsyslog.input("relp"), prefix, BEFORE, DURING);
            awaitAlerts(prefix, BEFORE + 1, Duration.ofSeconds(30), () -> "");
            started.get(0).killServer();
            long atCrash = alerts(prefix).accounts();
            assertTrue(atCrash < BEFORE + DURING, "the crash came while messages were still on their way (" + atCrash + " arrived)");

            newAccounts(rsyslog.input("relp"), prefix, BEFORE + DURING, AFTER); // rsyslog keeps these in its queue meanwhile
            start(environment, "restart-2.log");

            int sent = BEFORE + DURING + AFTER;
            Api admin = Api.basic("http://127.0.0.1:" + environment.get("DAP_HTTP_PORT") + "/", "admin", environment.get("DAP_ADMIN_PASSWORD"));
            Count count = awaitAlerts(prefix, sent, Duration.ofSeconds(120),
                    () -> "\nWaymark's syslog statistics since the restart: " + admin.get("api/v1/syslog/stats").body() + "\nrsyslog: " + rsyslog.log());
            assertEquals(sent, count.accounts(), "every account created is there, once");
            // RELP delivers at least once: what was taken but not yet acknowledged at the crash comes twice
            System.out.printf("RsyslogRestartIT: %d sent, %d had arrived at the crash, all %d arrived, %d twice%n",
                    sent, atCrash, count.accounts(), count.events() - count.accounts());
        }
    }

    @Test
    void aDatabaseOutageLosesNothingThatRsyslogForwardsOverRelp() throws Exception {
        withOwnDatabase("relp-outage", (environment, stopDatabaseAWhile) -> {
            String prefix = Api.unique("outage");
            try (Rsyslog rsyslog = Rsyslog.forwarding(Paths.workDir().resolve("rsyslog-outage"), relp(environment), "")) {
                newAccounts(rsyslog.input("relp"), prefix, 0, BEFORE);
                awaitAlerts(prefix, BEFORE, Duration.ofSeconds(60), () -> "");

                stopDatabaseAWhile.during(() -> newAccounts(rsyslog.input("relp"), prefix, BEFORE, AFTER));

                int sent = BEFORE + AFTER;
                Count count = awaitAlerts(prefix, sent, Duration.ofSeconds(120), () -> "\nrsyslog: " + rsyslog.log());
                assertEquals(sent, count.accounts(), "every account created is there, once");
                System.out.printf("RsyslogRestartIT: %d sent over RELP around a database outage, all %d arrived, %d twice%n", sent,
                        count.accounts(), count.events() - count.accounts());
            }
        });
    }

    @Test
    void aDatabaseOutageLosesNothingSentOverPlainTcp() throws Exception {
        withOwnDatabase("tcp-outage", (environment, stopDatabaseAWhile) -> {
            String prefix = Api.unique("tcp-outage");
            String port = environment.get("DAP_SYSLOG_TCP_PORT");
            newAccounts(port, prefix, 0, BEFORE);
            awaitAlerts(prefix, BEFORE, Duration.ofSeconds(60), () -> "");

            // logger hands its lines to the socket and ends; Waymark holds them while the rules wait for the database
            stopDatabaseAWhile.during(() -> newAccounts(port, prefix, BEFORE, AFTER));

            int sent = BEFORE + AFTER;
            Count count = awaitAlerts(prefix, sent, Duration.ofSeconds(120), () -> "");
            assertEquals(sent, count.accounts(), "every account created is there");
            assertEquals(count.accounts(), count.events(), "and counted once: the rules ran once for each message");
        });
    }

    /** A test that runs Waymark on a MariaDB of its own, which it can stop for a while. */
    private interface OwnDatabaseTest {
        void run(Map<String, String> environment, Outage stopDatabaseAWhile) throws Exception;
    }

    /** Stops the database, does something, waits, and starts the database again. */
    private interface Outage {
        void during(Runnable meanwhile) throws Exception;
    }

    private void withOwnDatabase(String name, OwnDatabaseTest test) throws Exception {
        MariaDbServer mariaDb = MariaDbServer.start(Paths.workDir().resolve(name + "-mariadb"));
        try {
            try (Connection root = DriverManager.getConnection(mariaDb.url(""), "root", "");
                 Statement statement = root.createStatement()) {
                statement.execute("CREATE DATABASE waymark CHARACTER SET utf8mb4");
            }
            database = () -> DriverManager.getConnection(mariaDb.url("waymark"), "root", "");
            Path data = Paths.workDir().resolve(name + "-node");
            Scratch.deleteRecursively(data);
            Map<String, String> environment = Launcher.environment(data, mariaDb.url("waymark"), "outage-admin-secret-1");
            environment.put("DAP_DB_USER", "root");
            environment.put("DAP_DB_PASSWORD", "");
            start(environment, name + ".log");
            test.run(environment, meanwhile -> {
                mariaDb.stop();
                meanwhile.run();
                // longer than a write waits for a connection (the pool's 10 s) and the JPA provider's retries
                Thread.sleep(40_000);
                mariaDb.restart();
            });
        } finally {
            stopServers();
            mariaDb.stop();
        }
    }

    /**
     * Forwarding over omrelp from a disk-assisted action queue that retries for ever. Without
     * timeoutEnqueue, rsyslog itself discards what arrives while the memory part is full and the
     * disk part not yet taking over (its impstats count them as discarded.full); with it, its input
     * waits instead.
     */
    private static Map<String, String> relp(Map<String, String> environment) {
        return Map.of("relp", "type=\"omrelp\" target=\"127.0.0.1\" port=\"" + environment.get("DAP_SYSLOG_RELP_PORT") + "\""
                + " queue.type=\"LinkedList\" queue.filename=\"to-waymark\" queue.saveOnShutdown=\"on\" queue.timeoutEnqueue=\"600000\""
                + " action.resumeRetryCount=\"-1\" action.resumeInterval=\"1\"");
    }

    /** Sends, through logger over TCP to the port, one useradd line per new account. */
    private static void newAccounts(String port, String prefix, int first, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            lines.add("new user: name=" + prefix + "-" + i + ", UID=" + (20_000 + i) + ", GID=100, home=/home/x, shell=/bin/bash, from=/dev/pts/0");
        }
        SyslogSender.send(port, List.of("--tcp", "--rfc3164", "-t", "useradd"), lines);
    }

    /** Privilege-change alerts for the accounts, and the events they counted. */
    private record Count(long accounts, long events) {
    }

    private Count awaitAlerts(String prefix, int accounts, Duration timeout, Supplier<String> diagnosis)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Count count = alerts(prefix);
        while (count.accounts() < accounts && System.nanoTime() < deadline) {
            Thread.sleep(20);
            count = alerts(prefix);
        }
        long arrived = count.accounts();
        assertTrue(arrived >= accounts, () -> "alerts for " + arrived + " of " + accounts + " accounts within " + timeout + diagnosis.get());
        return count;
    }

    private Count alerts(String prefix) throws SQLException {
        try (Connection connection = database.get();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(event_count), 0) FROM alert"
                     + " WHERE rule_id = 'PRIVILEGE_CHANGE' AND entity_user LIKE ?")) {
            query.setString(1, prefix + "-%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return new Count(result.getLong(1), result.getLong(2));
            }
        }
    }

    /** Where the test counts the alerts: the test server's database, or the test's own MariaDB. */
    private interface Database {
        Connection get() throws SQLException;
    }

    private void start(Map<String, String> environment, String log) throws IOException, InterruptedException {
        Launcher launcher = Launcher.run(environment, Paths.workDir().resolve(log));
        started.add(launcher);
        launcher.awaitHealthy(Integer.parseInt(environment.get("DAP_HTTP_PORT")), START_TIMEOUT);
    }

    private static Map<String, String> environment(String url) throws IOException {
        Path data = Paths.workDir().resolve("restart-node");
        Scratch.deleteRecursively(data);
        return Launcher.environment(data, url, "restart-admin-secret-1");
    }
}
