package org.waymark.it.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MySQL-compatible server of the integration tests: the one named by {@code DAP_TEST_DB_URL}
 * (with {@code DAP_TEST_DB_USER}, default root, and {@code DAP_TEST_DB_PASSWORD}), else a private
 * MariaDB started for this run. Each test gets a fresh database of its own on it.
 */
public final class TestDatabase {

    private static String serverUrl;
    private static String user;
    private static String password;
    private static MariaDbServer privateServer;

    private TestDatabase() {
    }

    /** Drops and creates {@code name}; returns its JDBC URL. */
    public static synchronized String fresh(String name) {
        ensureServer();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + serverUrl + ": " + e.getMessage(), e);
        }
        return serverUrl + name;
    }

    /** A connection to a database made with {@link #fresh}, for tests that look behind the application. */
    public static synchronized Connection connect(String name) throws SQLException {
        ensureServer();
        return DriverManager.getConnection(serverUrl + name, user, password);
    }

    public static synchronized String user() {
        ensureServer();
        return user;
    }

    public static synchronized String password() {
        ensureServer();
        return password;
    }

    static synchronized void stopPrivateServer() throws InterruptedException {
        if (privateServer != null) {
            privateServer.stop();
            privateServer = null;
        }
    }

    private static void ensureServer() {
        if (serverUrl != null) {
            return;
        }
        String configured = System.getenv("DAP_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            // jdbc:mysql://host:port/anything → the server, without the database
            int slash = configured.indexOf('/', "jdbc:mysql://".length());
            serverUrl = slash < 0 ? configured + "/" : configured.substring(0, slash + 1);
            user = System.getenv().getOrDefault("DAP_TEST_DB_USER", "root");
            password = System.getenv().getOrDefault("DAP_TEST_DB_PASSWORD", "");
            return;
        }
        try {
            privateServer = MariaDbServer.start(Paths.workDir().resolve("mariadb"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test's own MariaDB: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        serverUrl = privateServer.url("");
        user = "root";
        password = "";
    }
}
