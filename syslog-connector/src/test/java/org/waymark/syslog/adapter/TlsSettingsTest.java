package org.waymark.syslog.adapter;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 5425 listeners as a TLS client meets them: real handshakes over loopback with certificates keytool makes. */
class TlsSettingsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path stores;

    @BeforeAll
    static void makeCertificates() throws Exception {
        keytool("-genkeypair", "-alias", "listener", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-keystore", "listener.p12");
        keytool("-exportcert", "-alias", "listener", "-file", "listener.crt", "-keystore", "listener.p12");
        keytool("-importcert", "-noprompt", "-alias", "listener", "-file", "listener.crt", "-keystore", "client-trust.p12");
        keytool("-genkeypair", "-alias", "sender", "-keyalg", "EC", "-dname", "CN=sender", "-validity", "2", "-keystore", "sender.p12");
        keytool("-exportcert", "-alias", "sender", "-file", "sender.crt", "-keystore", "sender.p12");
        keytool("-importcert", "-noprompt", "-alias", "sender", "-file", "sender.crt", "-keystore", "senders.p12");
        keytool("-genkeypair", "-alias", "stranger", "-keyalg", "EC", "-dname", "CN=stranger", "-validity", "2", "-keystore", "stranger.p12");
    }

    @Test
    void onlyTls13And12AreOffered() throws Exception {
        try (SSLServerSocket server = listener(null)) {
            assertArrayEquals(new String[] {"TLSv1.3", "TLSv1.2"}, server.getEnabledProtocols());
            assertEquals("hello", exchange(server, client(null), "TLSv1.2"));
        }
    }

    @Test
    void withoutATrustStoreAnyClientMaySend() throws Exception {
        try (SSLServerSocket server = listener(null)) {
            assertEquals("hello", exchange(server, client(null), "TLSv1.3"));
        }
    }

    @Test
    void withATrustStoreOnlyClientsWithATrustedCertificateMaySend() throws Exception {
        try (SSLServerSocket server = listener("senders.p12")) {
            assertEquals("hello", exchange(server, client("sender.p12"), "TLSv1.3"));
            assertThrows(IOException.class, () -> exchange(server, client(null), "TLSv1.3"), "no certificate");
            assertThrows(IOException.class, () -> exchange(server, client("stranger.p12"), "TLSv1.3"), "a certificate nobody vouches for");
        }
    }

    private static SSLServerSocket listener(String trustStore) throws IOException {
        TlsSettings settings = new TlsSettings("DAP_SYSLOG_TLS_KEYSTORE", stores.resolve("listener.p12").toString(), PASSWORD,
                trustStore == null ? null : "DAP_SYSLOG_TLS_TRUSTSTORE", trustStore == null ? null : stores.resolve(trustStore).toString(),
                trustStore == null ? null : PASSWORD);
        SSLServerSocket server = (SSLServerSocket) settings.serverSocketFactory().createServerSocket(0);
        settings.configure(server);
        return server;
    }

    /** A client that trusts the listener, with the key store's certificate if given. */
    private static SSLContext client(String keyStore) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("client-trust.p12"));
        KeyManagerFactory keys = null;
        if (keyStore != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore), PASSWORD);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    /**
     * Sends a line in an octet-counted frame and returns what the listener's side read, as the
     * listener's connections do: the handshake, then the frame. A refused client sees an
     * IOException on its side or the listener's.
     */
    private static String exchange(SSLServerSocket server, SSLContext clientContext, String protocol) throws Exception {
        CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> {
            try (SSLSocket accepted = (SSLSocket) server.accept()) {
                accepted.setSoTimeout(10_000);
                accepted.startHandshake();
                byte[] frame = accepted.getInputStream().readNBytes(8);
                return new String(frame, US_ASCII).substring(2).strip();
            } catch (IOException e) {
                return "refused: " + e;
            }
        });
        try (SSLSocket socket = (SSLSocket) clientContext.getSocketFactory().createSocket("127.0.0.1", server.getLocalPort())) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            socket.getOutputStream().write("5 hello\n".getBytes(US_ASCII));
            socket.getOutputStream().flush();
            // TLS 1.3 tells a client of a refused certificate only when it reads
            socket.getInputStream().read();
        } catch (IOException refusedHere) {
            received.get(10, TimeUnit.SECONDS);
            throw refusedHere;
        }
        String read = received.get(10, TimeUnit.SECONDS);
        if (read.startsWith("refused: ")) {
            throw new IOException(read);
        }
        return read;
    }

    private static KeyStore load(String name) throws Exception {
        try (InputStream in = Files.newInputStream(stores.resolve(name))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        }
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storepass", new String(PASSWORD), "-storetype", "PKCS12"));
        Process process = new ProcessBuilder(command).directory(stores.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + command + " failed: " + output);
        }
    }
}
