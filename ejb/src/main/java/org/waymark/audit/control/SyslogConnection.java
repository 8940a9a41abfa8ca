package org.waymark.audit.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.waymark.audit.entity.SiemDestination;

/**
 * One open connection to a syslog receiver. TCP and TLS frames are octet-counted (RFC 6587,
 * RFC 5425); TLS is 1.2 or 1.3 against the JVM's trust store, with the host name checked.
 * Written on the JDK's sockets: one blocking writer per destination needs no network library.
 */
public final class SyslogConnection implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** A receiver that stops reading would block a write for ever: the connection is closed after this. */
    private static final long WRITE_TIMEOUT_SECONDS = 30;
    /** Long enough for a receiver that went away to answer a write with a reset. */
    private static final int SETTLE_MILLIS = 50;

    private final String host;
    private final int port;
    private final SiemDestination.Transport transport;
    private Socket stream;
    private DatagramSocket datagrams;

    public SyslogConnection(String host, int port, SiemDestination.Transport transport) {
        this.host = host;
        this.port = port;
        this.transport = transport;
    }

    public boolean isFor(SiemDestination destination) {
        return host.equals(destination.getHost()) && port == destination.getPort() && transport == destination.getTransport();
    }

    /**
     * Sends the messages in order. Returns normally only when they all left and the receiver
     * still listened afterwards; otherwise throws, and the caller sends them again later.
     *
     * @param watchdog closes the connection if the receiver stops reading (blocking sockets have
     *                 no write timeout)
     */
    public void send(List<String> messages, ScheduledExecutorService watchdog) throws IOException {
        if (transport == SiemDestination.Transport.UDP) {
            sendDatagrams(messages);
            return;
        }
        if (stream == null || !stillOpen()) {
            close();
            stream = connect();
        }
        Socket writing = stream;
        ScheduledFuture<?> timeout = watchdog.schedule(() -> closeQuietly(writing), WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        try {
            OutputStream out = writing.getOutputStream();
            for (String message : messages) {
                byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
                out.write((bytes.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
            }
            out.flush();
        } finally {
            timeout.cancel(false);
        }
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending", e);
        }
        if (!stillOpen()) {
            close();
            throw new IOException(host + ":" + port + " closed the connection while receiving");
        }
    }

    /** UDP cannot tell whether anything arrived: the records count as sent once they left. */
    private void sendDatagrams(List<String> messages) throws IOException {
        if (datagrams == null) {
            datagrams = new DatagramSocket();
        }
        InetSocketAddress target = new InetSocketAddress(host, port);
        if (target.isUnresolved()) {
            throw new UnknownHostException(host);
        }
        for (String message : messages) {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            datagrams.send(new DatagramPacket(bytes, bytes.length, target));
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            socket.setKeepAlive(true);
            // bounds the TLS handshake too: a receiver that never answers it (plain TCP, say) must not hold a sender for good
            socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            if (transport == SiemDestination.Transport.TLS) {
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.startHandshake();
                return tls;
            }
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken connection: nothing left to do
        }
    }

    /** A syslog receiver never writes: end of stream or a reset means it has gone. */
    private boolean stillOpen() {
        try {
            stream.setSoTimeout(1);
            InputStream in = stream.getInputStream();
            return in.read() != -1;
        } catch (SocketTimeoutException quiet) {
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            closeQuietly(stream);
            stream = null;
        }
        if (datagrams != null) {
            datagrams.close();
            datagrams = null;
        }
    }
}
