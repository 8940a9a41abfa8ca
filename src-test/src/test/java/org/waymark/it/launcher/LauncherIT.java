package org.waymark.it.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.waymark.it.browser.HomePage;
import org.waymark.it.browser.LoginPage;
import org.waymark.it.support.Browser;
import org.waymark.it.support.Launcher;
import org.waymark.it.support.MariaDbServer;
import org.waymark.it.support.Paths;
import org.waymark.it.support.Scratch;

/** {@code deployment/dap run}, the README's first command, as an operator uses it. */
class LauncherIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Sign in as admin with the password (\\S+)");

    private final List<Launcher> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsStillRunning() throws InterruptedException {
        for (Launcher launcher : started) {
            launcher.stopIfRunning();
        }
    }

    private Launcher run(Map<String, String> environment, String log) throws IOException {
        Launcher launcher = Launcher.run(environment, Paths.workDir().resolve(log));
        started.add(launcher);
        return launcher;
    }

    @Test
    void onTheEmbeddedDatabaseTheDataSurvivesARestart() throws Exception {
        Map<String, String> environment = Launcher.environment(Files.createTempDirectory(Paths.workDir(), "launcher-embedded-data"));
        environment.put("DAP_ADMIN_PASSWORD", "first-admin-password");
        int port = Integer.parseInt(environment.get("DAP_HTTP_PORT"));

        Launcher first = run(environment, "launcher-embedded-1.log");
        Duration startup = first.awaitHealthy(port, START_TIMEOUT);
        System.out.println("launcher on the embedded database: healthy after " + startup.toMillis() + " ms");
        assertTrue(first.output().contains("Waymark is up at http://localhost:" + port + "/"), first.output());
        assertTrue(first.output().contains("Sign in as admin with the password in DAP_ADMIN_PASSWORD"), first.output());
        assertTrue(signsIn(port, "first-admin-password"));
        assertEquals(0, first.stop(), "Ctrl-C ends the launcher cleanly");
        assertTrue(first.output().contains("dap: stopped"));
        assertEquals(0, Launcher.health(port).statusCode(), "nothing listens after the stop");

        // A second start with another DAP_ADMIN_PASSWORD: the database already has its administrator.
        environment.put("DAP_ADMIN_PASSWORD", "second-admin-password");
        environment.put("DAP_HEAP", "768m");
        Launcher second = run(environment, "launcher-embedded-2.log");
        second.awaitHealthy(port, START_TIMEOUT);
        List<String> serverArguments = second.server().flatMap(server -> server.info().arguments()).map(List::of).orElseThrow();
        assertTrue(serverArguments.contains("-Xmx768m"), "DAP_HEAP bounds the heap: " + serverArguments);
        assertFalse(second.output().contains("Bootstrap administrator created"), second.output());
        assertTrue(second.output().contains("Sign in as admin with your existing password"), second.output());
        assertTrue(second.output().contains("database schema is up to date at version " + latestSchemaVersion()), second.output());
        assertTrue(signsIn(port, "first-admin-password"), "the account of the first run is still there");
        assertFalse(signsIn(port, "second-admin-password"));
        assertEquals(0, second.stop());
    }

    @Test
    void onMariaDbTheSchemaIsMigratedOnceAndThePoolRecoversFromADatabaseRestart() throws Exception {
        MariaDbServer mariaDb = MariaDbServer.start(Paths.workDir().resolve("launcher-mariadb"));
        try {
            String url = mariaDb.url("waymark");
            execute(mariaDb.url(""), "CREATE DATABASE waymark CHARACTER SET utf8mb4");
            // An account of its own with a password, as in production: the password reaches the
            // pool through the environment only.
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                execute(mariaDb.url(""), "CREATE USER 'waymark'@'" + host + "' IDENTIFIED BY 'database-secret-1'");
                execute(mariaDb.url(""), "GRANT ALL ON waymark.* TO 'waymark'@'" + host + "'");
            }
            Map<String, String> environment = Launcher.environment(Files.createTempDirectory(Paths.workDir(), "launcher-mariadb-data"));
            environment.putAll(Map.of("DAP_DB_URL", url, "DAP_DB_USER", "waymark", "DAP_DB_PASSWORD", "database-secret-1"));
            int port = Integer.parseInt(environment.get("DAP_HTTP_PORT"));

            Launcher first = run(environment, "launcher-mariadb-1.log");
            Duration startup = first.awaitHealthy(port, START_TIMEOUT);
            assertFalse(Files.readString(Paths.workDir().resolve(environment.get("DAP_DATA_DIR")).resolve("runtime/post-boot.asadmin"))
                    .contains("database-secret-1"), "the database password is not written to disk");
            System.out.println("launcher on MariaDB: healthy after " + startup.toMillis() + " ms");
            Matcher printed = PRINTED_PASSWORD.matcher(first.output());
            assertTrue(printed.find(), "a random first password is printed: " + first.output());
            String password = printed.group(1);
            assertTrue(signsIn(port, password));
            assertEquals(5, count(url, "select count(*) from information_schema.tables where table_schema = 'waymark' and table_name in "
                    + "('user_account', 'app_role', 'role_assignment', 'audit_event', 'id_sequence')"));

            mariaDb.stop();
            Launcher.Health down = awaitHealthStatus(port, 503);
            assertEquals(503, down.statusCode(), "health reports the database down");
            assertTrue(down.body().contains("\"DOWN\""), down.body());
            mariaDb.restart();
            assertEquals(200, awaitHealthStatus(port, 200).statusCode(), "the pool reconnects without an application restart");
            assertTrue(signsIn(port, password));
            assertEquals(0, first.stop());

            Launcher second = run(environment, "launcher-mariadb-2.log");
            second.awaitHealthy(port, START_TIMEOUT);
            assertTrue(second.output().contains("database schema is up to date at version " + latestSchemaVersion()), second.output());
            assertEquals(latestSchemaVersion(), count(url, "select count(*) from flyway_schema_history where success = true and version is not null"));
            assertEquals(1, count(url, "select count(*) from user_account"));
            assertTrue(signsIn(port, password));
            assertEquals(0, second.stop());
        } finally {
            mariaDb.stop();
        }
    }

    @Test
    void aWrongSettingIsRefusedWithOneLineThatNamesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> environment = Launcher.environment(Paths.workDir().resolve("launcher-refused-data"));
            environment.put("DAP_HTTP_PORT", Integer.toString(taken.getLocalPort()));
            assertRefused(environment, "dap: TCP port " + taken.getLocalPort() + " is not free", "DAP_HTTP_PORT");
        }

        Map<String, String> unreachable = Launcher.environment(Paths.workDir().resolve("launcher-refused-data"));
        unreachable.putAll(Map.of("DAP_DB_URL", "jdbc:mysql://127.0.0.1:" + Scratch.freePort() + "/waymark", "DAP_DB_USER", "root"));
        assertRefused(unreachable, "dap: cannot use the database at jdbc:mysql://127.0.0.1:", "DAP_DB_URL");

        Map<String, String> unwritable = Launcher.environment(Path.of("/proc/waymark-data"));
        assertRefused(unwritable, "dap: cannot create the data directory /proc/waymark-data", "DAP_DATA_DIR");

        Map<String, String> shortPassword = Launcher.environment(Paths.workDir().resolve("launcher-refused-data"));
        shortPassword.put("DAP_ADMIN_PASSWORD", "short");
        assertRefused(shortPassword, "dap: DAP_ADMIN_PASSWORD must be at least 12 characters long", "DAP_ADMIN_PASSWORD");

        Map<String, String> hugeHeap = Launcher.environment(Paths.workDir().resolve("launcher-refused-data"));
        hugeHeap.put("DAP_HEAP", "all of it");
        assertRefused(hugeHeap, "dap: DAP_HEAP must be a size such as 1g or 1536m", "DAP_HEAP");
    }

    private void assertRefused(Map<String, String> environment, String reason, String setting) throws Exception {
        Launcher launcher = run(environment, "launcher-refused.log");
        assertEquals(1, launcher.awaitExit(Duration.ofSeconds(60)));
        String output = launcher.output().strip();
        String lastLine = output.substring(output.lastIndexOf('\n') + 1);
        assertTrue(lastLine.startsWith(reason), "reason: " + output);
        assertTrue(lastLine.contains(setting), "names the setting: " + lastLine);
        assertFalse(output.contains("Exception"), "no stack trace: " + output);
    }

    /** The number of the newest migration file: versions count up from 1 without gaps. */
    private static int latestSchemaVersion() throws IOException {
        try (var files = Files.list(Paths.root().resolve("persistence/src/main/resources/db/migration"))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static boolean signsIn(int port, String password) throws IOException {
        try (Browser browser = Browser.headlessChromium()) {
            LoginPage.open(browser.driver(), "http://localhost:" + port + "/").signIn("admin", password);
            return browser.driver().getCurrentUrl().endsWith(":" + port + "/")
                    && new HomePage(browser.driver()).welcome().equals("Welcome, admin");
        }
    }

    private static Launcher.Health awaitHealthStatus(int port, int status) throws InterruptedException {
        Launcher.Health response = Launcher.health(port);
        for (int i = 0; i < 120 && response.statusCode() != status; i++) {
            Thread.sleep(500);
            response = Launcher.health(port);
        }
        return response;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
