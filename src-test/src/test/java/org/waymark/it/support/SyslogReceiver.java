package org.waymark.it.support;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A SIEM's syslog receiver on TCP or TLS with octet-counted frames (RFC 6587, RFC 5425), as a
 * test needs it: it can be stopped (closing every connection, as a receiver that goes down does)
 * and started again on the same port.
 */
public final class SyslogReceiver implements AutoCloseable {

    private final int port;
    private final SSLContext tls;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    private SyslogReceiver(int port, SSLContext tls) {
        this.port = port;
        this.tls = tls;
    }

    public static SyslogReceiver onFreePort() throws IOException {
        return started(null);
    }

    /** A TLS receiver presenting the certificate of {@link SiemCertificates}. */
    public static SyslogReceiver tlsOnFreePort() throws IOException, GeneralSecurityException {
        return started(SiemCertificates.serverContext());
    }

    private static SyslogReceiver started(SSLContext tls) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        SyslogReceiver receiver = new SyslogReceiver(port, tls);
        receiver.start();
        return receiver;
    }

    public int port() {
        return port;
    }

    /** Everything received so far, in arrival order. */
    public List<String> messages() {
        return new ArrayList<>(messages);
    }

    public synchronized void start() throws IOException {
        server = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        ServerSocket listening = server;
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket connection = listening.accept();
                    connections.add(connection);
                    Thread.ofVirtual().start(() -> read(connection));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    public synchronized void stop() throws IOException {
        server.close();
        for (Socket connection : connections) {
            connection.close();
        }
        connections.clear();
    }

    private void read(Socket connection) {
        try (InputStream raw = connection.getInputStream()) {
            DataInputStream in = new DataInputStream(raw);
            while (true) {
                int length = 0;
                int c;
                while ((c = in.read()) != ' ') {
                    if (c < '0' || c > '9') {
                        return; // end of stream, or not octet counting
                    }
                    length = length * 10 + (c - '0');
                }
                byte[] frame = new byte[length];
                in.readFully(frame);
                messages.add(new String(frame, StandardCharsets.UTF_8));
            }
        } catch (EOFException | SocketException closed) {
            // the sender or this receiver closed the connection
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
