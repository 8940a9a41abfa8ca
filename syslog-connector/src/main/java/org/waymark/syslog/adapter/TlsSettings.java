package org.waymark.syslog.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS listener's identity (RFC 5425): its key store and, optionally, the trust store that
 * client certificates must chain to. The JDK's own TLS does the work; only TLS 1.3 and 1.2 are
 * offered.
 */
record TlsSettings(String keyStoreVariable, String keyStore, char[] keyStorePassword, String trustStoreVariable, String trustStore,
                   char[] trustStorePassword) {

    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    boolean requiresClientCertificates() {
        return trustStore != null;
    }

    /** @throws IOException naming the variable whose store cannot be read */
    SSLServerSocketFactory serverSocketFactory() throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStoreVariable, keyStore, keyStorePassword), keyStorePassword);
            TrustManagerFactory trust = null;
            if (trustStore != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(trustStoreVariable, trustStore, trustStorePassword));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context.getServerSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IOException("the TLS key store in " + keyStoreVariable + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** Protocols and client authentication on a new server socket. */
    void configure(SSLServerSocket socket) {
        socket.setEnabledProtocols(Arrays.stream(socket.getSupportedProtocols()).filter(PROTOCOLS::contains).toArray(String[]::new));
        socket.setNeedClientAuth(requiresClientCertificates());
    }

    private static KeyStore load(String variable, String path, char[] password) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new IOException(variable + " names " + path + ", which cannot be read as a PKCS#12 store: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TlsSettings[" + keyStore + (trustStore == null ? "" : ", clients checked against " + trustStore) + "]";
    }
}
