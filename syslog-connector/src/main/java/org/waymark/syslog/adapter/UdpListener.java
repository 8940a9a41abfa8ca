package org.waymark.syslog.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.syslog.api.Networks;

/** Syslog over UDP (RFC 5426): one datagram, one message. */
final class UdpListener implements Listener, Work {

    private static final Logger LOG = Logger.getLogger(UdpListener.class.getName());

    /** UDP cannot push back on senders; a large kernel buffer absorbs bursts. */
    private static final int RECEIVE_BUFFER_BYTES = 8 * 1024 * 1024;
    private static final int MAX_DATAGRAM = 65_535;

    private final InetSocketAddress address;
    private final int maxMessageSize;
    private final Networks allowed;
    private final Delivery delivery;
    private volatile DatagramSocket socket;

    UdpListener(InetSocketAddress address, int maxMessageSize, Networks allowed, Delivery delivery) {
        this.address = address;
        this.maxMessageSize = maxMessageSize;
        this.allowed = allowed;
        this.delivery = delivery;
    }

    @Override
    public void start(WorkManager workManager) throws ResourceException {
        try {
            // No SO_REUSEADDR: on Linux it would let a second listener share the port silently.
            socket = new DatagramSocket(null);
            socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
            socket.bind(address);
        } catch (IOException e) {
            if (socket != null) {
                socket.close();
            }
            throw new ResourceException("cannot listen for syslog on udp " + address + ": " + e.getMessage(), e);
        }
        try {
            workManager.scheduleWork(this);
        } catch (WorkException e) {
            socket.close();
            throw new ResourceException("no thread for the syslog listener on udp " + address, e);
        }
    }

    @Override
    public void run() {
        DatagramSocket receiving = socket;
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!receiving.isClosed()) {
            try {
                packet.setLength(buffer.length);
                receiving.receive(packet);
            } catch (IOException e) {
                if (receiving.isClosed()) {
                    break;
                }
                LOG.log(Level.WARNING, "syslog udp receive failed on " + address, e);
                Pause.briefly();
                continue;
            }
            if (!allowed.allows(packet.getAddress())) {
                delivery.counters.refusedSources.incrementAndGet();
                continue;
            }
            delivery.receive("udp", packet.getAddress().getHostAddress(), address.getPort(),
                    Arrays.copyOf(buffer, Math.min(packet.getLength(), maxMessageSize)), packet.getLength() > maxMessageSize);
        }
    }

    @Override
    public void release() {
        stop();
    }

    @Override
    public void stop() {
        DatagramSocket current = socket;
        if (current != null && !current.isClosed()) {
            current.close();
            LOG.info(() -> "syslog listener " + describe() + " stopped: " + delivery.counters);
        }
    }

    @Override
    public String describe() {
        return "udp " + address;
    }
}
