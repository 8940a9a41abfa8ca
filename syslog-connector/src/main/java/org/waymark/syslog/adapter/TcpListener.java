package org.waymark.syslog.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.waymark.syslog.api.Networks;
import org.waymark.syslog.api.SyslogMessage;

/**
 * Syslog over TCP (RFC 6587), over TLS (RFC 5425, the same framing inside TLS 1.2 or 1.3) and over
 * RELP (acknowledged, see {@link RelpSession}). One container work item accepts; one per connection
 * shakes hands, reads frames and delivers them in order, so a slow endpoint slows the reading and
 * TCP pushes back on the sender. A connection that misbehaves affects only itself.
 */
final class TcpListener implements Listener, Work {

    private static final Logger LOG = Logger.getLogger(TcpListener.class.getName());

    private final InetSocketAddress address;
    /** "tcp", "tls" or "relp". */
    private final String protocol;
    /** Null for plain TCP. */
    private final TlsSettings tls;
    private final SyslogActivationSpec spec;
    private final int maxConnections;
    private final int idleTimeoutMillis;
    private final Networks allowed;
    private final Delivery delivery;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket serverSocket;
    private WorkManager workManager;

    /** @param tls null but for "tls" */
    TcpListener(InetSocketAddress address, String protocol, TlsSettings tls, SyslogActivationSpec spec, Networks allowed, Delivery delivery)
            throws InvalidPropertyException {
        this.address = address;
        this.maxConnections = spec.effectiveMaxConnections(System.getenv());
        this.idleTimeoutMillis = spec.effectiveIdleTimeoutSeconds(System.getenv()) * 1000;
        this.protocol = protocol;
        this.tls = tls;
        this.spec = spec;
        this.allowed = allowed;
        this.delivery = delivery;
    }

    @Override
    public void start(WorkManager workManager) throws ResourceException {
        this.workManager = workManager;
        try {
            if (tls == null) {
                serverSocket = new ServerSocket();
            } else {
                SSLServerSocket secure = (SSLServerSocket) tls.serverSocketFactory().createServerSocket();
                tls.configure(secure);
                serverSocket = secure;
            }
            serverSocket.setReuseAddress(true); // rebinding right after a restart; TCP still refuses a second listener
            serverSocket.bind(address, 128);
        } catch (IOException e) {
            if (serverSocket != null) {
                closeQuietly(serverSocket);
            }
            throw new ResourceException("cannot listen for syslog on " + describe() + ": " + e.getMessage(), e);
        }
        try {
            workManager.scheduleWork(this);
        } catch (WorkException e) {
            stop();
            throw new ResourceException("no thread for the syslog listener on " + describe(), e);
        }
    }

    @Override
    public void run() {
        ServerSocket accepting = serverSocket;
        while (!accepting.isClosed()) {
            Socket socket;
            try {
                socket = accepting.accept();
            } catch (IOException e) {
                if (accepting.isClosed()) {
                    break;
                }
                // e.g. too many open files: keep the listener alive and try again shortly
                LOG.log(Level.WARNING, "syslog accept failed on " + describe(), e);
                Pause.briefly();
                continue;
            }
            accept(socket);
        }
    }

    private void accept(Socket socket) {
        String peer = socket.getInetAddress().getHostAddress();
        if (!allowed.allows(socket.getInetAddress())) {
            delivery.counters.refusedSource(peer);
            closeQuietly(socket);
            return;
        }
        if (open.size() >= maxConnections) {
            delivery.counters.refusedConnection(peer);
            closeQuietly(socket);
            return;
        }
        delivery.counters.connection(peer);
        open.add(socket);
        if (serverSocket.isClosed()) {
            // stop() ran between accept and add: this connection would otherwise outlive it
            open.remove(socket);
            closeQuietly(socket);
            return;
        }
        try {
            socket.setSoTimeout(idleTimeoutMillis);
            workManager.scheduleWork(new Connection(socket));
        } catch (IOException | WorkException e) {
            LOG.log(Level.WARNING, "cannot serve the syslog connection from " + socket.getRemoteSocketAddress(), e);
            delivery.counters.refusedConnection(peer);
            open.remove(socket);
            closeQuietly(socket);
        }
    }

    private final class Connection implements Work {
        private final Socket socket;

        Connection(Socket socket) {
            this.socket = socket;
        }

        @Override
        public void run() {
            String peer = socket.getInetAddress().getHostAddress();
            try {
                if (socket instanceof SSLSocket secure) {
                    try {
                        secure.startHandshake();
                    } catch (IOException e) {
                        delivery.counters.failedHandshakes.incrementAndGet();
                        LOG.fine(() -> "TLS handshake with " + peer + " failed: " + e.getMessage());
                        return;
                    }
                }
                if ("relp".equals(protocol)) {
                    OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 13);
                    new RelpSession(socket.getInputStream(), out, spec.getMaxMessageSize(), delivery, peer, address.getPort()).serve();
                } else {
                    readFrames(socket.getInputStream(), peer);
                }
            } catch (SocketTimeoutException idle) {
                delivery.counters.idleTimeouts.incrementAndGet();
                LOG.fine(() -> "closing idle syslog connection from " + peer);
            } catch (RelpSession.ProtocolException | RelpSession.NotTaken endedHere) {
                // counted already (protocolErrors, undelivered): this side ended the session
                LOG.log(Level.FINE, "RELP session from " + peer + " ended", endedHere);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    // not closed by stop() or release(): the peer or the network broke the connection
                    delivery.counters.brokenConnections.incrementAndGet();
                }
                LOG.log(Level.FINE, "syslog connection from " + peer + " ended", e);
            } finally {
                open.remove(socket);
                closeQuietly(socket);
            }
        }

        private void readFrames(InputStream in, String peer) throws IOException {
            ListenerCounters.Source source = delivery.counters.source(peer);
            List<SyslogMessage> batch = new ArrayList<>(Delivery.BATCH);
            ByteInput.BeforeWaiting deliver = () -> {
                delivery.deliver(batch);
                batch.clear();
            };
            // a batch is what has arrived: it is delivered before waiting for more
            FrameReader frames = new FrameReader(in, spec.getMaxMessageSize(), deliver);
            try {
                for (FrameReader.Frame frame = frames.next(); frame != null; frame = frames.next()) {
                    if (frame.incomplete()) {
                        delivery.counters.incompleteFrames.incrementAndGet();
                    }
                    batch.add(delivery.message(protocol, peer, source, address.getPort(), frame.bytes(), frame.truncated()));
                    if (batch.size() >= Delivery.BATCH) {
                        deliver.run();
                    }
                }
            } finally {
                deliver.run(); // what arrived before an error or the idle timeout
            }
        }

        @Override
        public void release() {
            closeQuietly(socket);
        }
    }

    @Override
    public void release() {
        stop();
    }

    @Override
    public void stop() {
        ServerSocket current = serverSocket;
        if (current != null && !current.isClosed()) {
            closeQuietly(current);
            open.forEach(TcpListener::closeQuietly);
            LOG.info(() -> "syslog listener " + describe() + " stopped: " + delivery.counters);
        }
    }

    @Override
    public String describe() {
        return protocol + " " + address.getHostString() + ":" + address.getPort();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort: the socket is gone either way
        }
    }
}
