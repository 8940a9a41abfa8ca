package org.waymark.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once before any test class, that is before Arquillian starts Payara Micro: gives that Micro
 * a fresh database and the post-boot commands that define it (the launcher's own, so the tests
 * run the application exactly as {@code deployment/dap} does), plus the syslog adapter, which
 * must be deployed before the application, and the certificates of a TLS syslog receiver.
 */
public class SuiteSetup implements LauncherSessionListener {

    public static final String ARQUILLIAN_DATABASE = "waymark_it_micro";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("waymark.work.dir") == null) {
            return; // not a run of the integration tests
        }
        try {
            Files.createDirectories(Paths.workDir());
            String url = TestDatabase.fresh(ARQUILLIAN_DATABASE);
            String commands = Launcher.databaseCommands(Map.of(
                    "DAP_DB_URL", url, "DAP_DB_USER", TestDatabase.user(), "DAP_DB_PASSWORD", TestDatabase.password()));
            Path file = Paths.workDir().resolve("arquillian-post-boot.asadmin");
            Files.writeString(file, commands + "deploy " + Paths.microDir().resolve("syslog-connector.rar") + "\n");
            SiemCertificates.create();
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the Payara Micro of the integration tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestDatabase.stopPrivateServer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
