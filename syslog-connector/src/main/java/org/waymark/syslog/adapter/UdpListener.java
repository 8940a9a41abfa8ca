package org.waymark.syslog.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.syslog.api.Networks;
import org.waymark.syslog.api.SyslogMessage;

/**
 * Syslog over UDP (RFC 5426): one datagram, one message. UDP cannot push back on senders, so one
 * thread only empties the socket into a bounded queue (by count and by bytes) and another parses
 * and delivers from it in batches; a datagram that finds the queue full is dropped and counted.
 */
final class UdpListener implements Listener, Work {

    private static final Logger LOG = Logger.getLogger(UdpListener.class.getName());

    /** A large kernel buffer absorbs bursts before the queue does. */
    private static final int RECEIVE_BUFFER_BYTES = 8 * 1024 * 1024;
    private static final int MAX_DATAGRAM = 65_535;
    private static final int QUEUE_DATAGRAMS = 65_536;
    private static final long QUEUE_BYTES = 32L * 1024 * 1024;

    private record Datagram(String peer, byte[] bytes, boolean truncated) {
    }

    private final InetSocketAddress address;
    private final int maxMessageSize;
    private final Networks allowed;
    private final Delivery delivery;
    private final BlockingQueue<Datagram> queue = new ArrayBlockingQueue<>(QUEUE_DATAGRAMS);
    private final AtomicLong queuedBytes = new AtomicLong();
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
            // Linux grants at most net.core.rmem_max
            int granted = socket.getReceiveBufferSize();
            if (granted < RECEIVE_BUFFER_BYTES) {
                LOG.warning(() -> "syslog udp " + address + " has a receive buffer of " + granted + " bytes, not the " + RECEIVE_BUFFER_BYTES
                        + " asked for: bursts overflow it sooner (raise the limit with sysctl net.core.rmem_max=" + RECEIVE_BUFFER_BYTES
                        + "); what overflows is counted as kernelDrops");
            }
            int port = socket.getLocalPort();
            delivery.counters.kernelDrops = () -> KernelDrops.onPort(port);
        } catch (IOException e) {
            if (socket != null) {
                socket.close();
            }
            throw new ResourceException("cannot listen for syslog on udp " + address + ": " + e.getMessage(), e);
        }
        try {
            workManager.scheduleWork(new Deliverer());
            workManager.scheduleWork(this);
        } catch (WorkException e) {
            socket.close();
            throw new ResourceException("no thread for the syslog listener on udp " + address, e);
        }
    }

    /** Empties the socket into the queue. */
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
                delivery.counters.refusedSource(packet.getAddress().getHostAddress());
                continue;
            }
            byte[] bytes = Arrays.copyOf(buffer, Math.min(packet.getLength(), maxMessageSize));
            Datagram datagram = new Datagram(packet.getAddress().getHostAddress(), bytes, packet.getLength() > maxMessageSize);
            if (queuedBytes.addAndGet(bytes.length) > QUEUE_BYTES || !queue.offer(datagram)) {
                queuedBytes.addAndGet(-bytes.length);
                delivery.counters.dropped(datagram.peer());
            }
        }
    }

    /** Parses and delivers what the queue holds, in batches. */
    private final class Deliverer implements Work {

        @Override
        public void run() {
            List<Datagram> taken = new ArrayList<>(Delivery.BATCH);
            List<SyslogMessage> batch = new ArrayList<>(Delivery.BATCH);
            while (!socket.isClosed() || !queue.isEmpty()) {
                try {
                    Datagram first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    taken.add(first);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                queue.drainTo(taken, Delivery.BATCH - 1);
                try {
                    for (Datagram datagram : taken) {
                        queuedBytes.addAndGet(-datagram.bytes().length);
                        batch.add(delivery.message("udp", datagram.peer(), delivery.counters.source(datagram.peer()), address.getPort(),
                                datagram.bytes(), datagram.truncated()));
                    }
                    delivery.deliver(batch);
                } catch (RuntimeException e) {
                    // this thread must outlive any one batch, or every later datagram would be dropped
                    delivery.counters.undelivered.addAndGet(taken.size() - batch.size());
                    LOG.log(Level.WARNING, "syslog udp delivery failed on " + describe(), e);
                } finally {
                    taken.clear();
                    batch.clear();
                }
            }
        }

        @Override
        public void release() {
            // ends with the socket: stop() closes it
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
        return "udp " + address.getHostString() + ":" + address.getPort();
    }
}
