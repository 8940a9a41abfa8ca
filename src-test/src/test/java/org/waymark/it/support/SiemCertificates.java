package org.waymark.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A test SIEM's TLS identity: a self-signed certificate for localhost (made with the JDK's
 * keytool before Payara Micro starts) and a trust store holding it, which the Micro of the tests
 * uses as its JVM trust store (src-test/pom.xml, payara.cmdOptions).
 */
public final class SiemCertificates {

    static final String PASSWORD = "changeit";

    private SiemCertificates() {
    }

    public static Path directory() {
        return Paths.workDir().resolve("siem-tls");
    }

    static void create() throws IOException, InterruptedException {
        Path directory = directory();
        Files.createDirectories(directory);
        Files.deleteIfExists(directory.resolve("keystore.p12"));
        Files.deleteIfExists(directory.resolve("truststore.p12"));
        Files.deleteIfExists(directory.resolve("siem.pem"));
        keytool("-genkeypair", "-alias", "siem", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "30", "-storetype", "PKCS12",
                "-keystore", "keystore.p12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "siem", "-rfc", "-file", "siem.pem", "-keystore", "keystore.p12", "-storepass", PASSWORD);
        keytool("-importcert", "-noprompt", "-alias", "siem", "-file", "siem.pem", "-storetype", "PKCS12",
                "-keystore", "truststore.p12", "-storepass", PASSWORD);
    }

    /** The server side: what a TLS syslog receiver presents. */
    public static SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(directory().resolve("keystore.p12"))) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory().toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
