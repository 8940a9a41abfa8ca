package org.waymark.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB (or MySQL) server of the test run's own, started from the server installed on the
 * machine, in a scratch data directory on a free port. Tests that must stop and restart the
 * database use it; so does everything else when no DAP_TEST_DB_URL names a server.
 */
public final class MariaDbServer {

    private static final List<Path> SEARCH = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/usr/local/bin"),
            Path.of("/usr/local/mysql/bin"));

    private final Path dataDir;
    private final int port;
    private Process process;

    private MariaDbServer(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Creates a fresh server in {@code dataDir} and starts it. */
    public static MariaDbServer start(Path dataDir) throws IOException, InterruptedException {
        Path server = find("mariadbd", "mysqld");
        Path installer = find("mariadb-install-db", "mysql_install_db");
        Scratch.deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        run(List.of(installer.toString(), "--no-defaults", "--datadir=" + dataDir, "--user=" + System.getProperty("user.name"),
                "--auth-root-authentication-method=normal", "--skip-test-db"), dataDir.resolve("install.log"));
        MariaDbServer mariaDb = new MariaDbServer(dataDir, Scratch.freePort());
        mariaDb.launch(server);
        return mariaDb;
    }

    private void launch(Path server) throws IOException, InterruptedException {
        process = new ProcessBuilder(server.toString(), "--no-defaults", "--datadir=" + dataDir, "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + dataDir.resolve("mysqld.sock"), "--pid-file=" + dataDir.resolve("mysqld.pid"),
                "--user=" + System.getProperty("user.name"), "--log-error=" + dataDir.resolve("error.log"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.out").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Connection connection = DriverManager.getConnection(url(""), "root", "")) {
                if (connection.isValid(5)) {
                    return;
                }
            } catch (SQLException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the test's MariaDB did not start; see " + dataDir.resolve("error.log"), notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    /** A clean shutdown (SIGTERM), as an operator's service stop would do. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Starts the stopped server again on the same port with the same data. */
    public void restart() throws IOException, InterruptedException {
        stop();
        launch(find("mariadbd", "mysqld"));
    }

    public String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    private static Path find(String... names) {
        for (String name : names) {
            for (Path dir : SEARCH) {
                Path candidate = dir.resolve(name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no MariaDB/MySQL server found (" + String.join(", ", names) + " in " + SEARCH
                + "): install mariadb-server, or set DAP_TEST_DB_URL to a MySQL 8 / MariaDB 10.11+ server");
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process installing = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
            throw new IllegalStateException(command.getFirst() + " failed; see " + log);
        }
    }
}
