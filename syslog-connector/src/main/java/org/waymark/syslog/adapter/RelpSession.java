package org.waymark.syslog.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.waymark.syslog.api.SyslogMessage;

/**
 * RELP, rsyslog's Reliable Event Logging Protocol, on one connection. The sender numbers every
 * message and keeps it until this side answers "200 OK" for its number, which happens only after
 * the endpoint has taken the message. A server that dies mid-stream therefore loses nothing: the
 * sender sends what was not acknowledged again to the server that comes back (possibly twice,
 * but never not at all). Written by hand: RELP is one frame format and three commands, and no maintained
 * Java library speaks it.
 *
 * <pre>FRAME = TXNR SP COMMAND SP DATALEN [SP DATA] LF</pre>
 */
final class RelpSession {

    /** A frame the peer sent; {@code truncated} when its data exceeded the maximum message size. */
    record Frame(long txnr, String command, byte[] data, boolean truncated) {
    }

    /** The peer broke the protocol: the session ends, and what it sent unacknowledged comes again. */
    static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }

    /** The endpoint did not take a batch (counted as undelivered): the session ends unanswered, and the peer sends it again. */
    static final class NotTaken extends IOException {
        NotTaken(String message) {
            super(message);
        }
    }

    private static final int MAX_NUMBER_DIGITS = 9;
    private static final int MAX_COMMAND_LENGTH = 32;
    private static final byte[] OK = "200 OK".getBytes(StandardCharsets.US_ASCII);

    private final ByteInput in;
    private final OutputStream out;
    private final int maxMessageSize;
    private final Delivery delivery;
    private final String peer;
    private final ListenerCounters.Source source;
    private final int listenerPort;
    private final List<SyslogMessage> batch = new ArrayList<>(Delivery.BATCH);
    private final List<Long> unanswered = new ArrayList<>(Delivery.BATCH);
    /** What ended the last number read: a space or LF. */
    private int lastSeparator;

    RelpSession(InputStream in, OutputStream out, int maxMessageSize, Delivery delivery, String peer, int listenerPort) {
        // a batch is what has arrived: it is delivered and acknowledged before waiting for more
        this.in = new ByteInput(in, () -> {
            deliverAndAcknowledge();
            out.flush();
        });
        this.out = out;
        this.maxMessageSize = maxMessageSize;
        this.delivery = delivery;
        this.peer = peer;
        this.source = delivery.counters.source(peer);
        this.listenerPort = listenerPort;
    }

    /**
     * Serves the session until the peer closes it, breaks the protocol (counted) or stays silent
     * past the idle timeout; in the last two cases the peer is told, so that it reconnects at once
     * instead of finding out on its next send.
     */
    void serve() throws IOException {
        try {
            exchange();
        } catch (ProtocolException e) {
            delivery.counters.protocolErrors.incrementAndGet();
            closing();
            throw e;
        } catch (SocketTimeoutException idle) {
            closing();
            throw idle;
        }
    }

    private void exchange() throws IOException {
        boolean open = false;
        try {
            for (Frame frame = next(); frame != null; frame = next()) {
                switch (frame.command()) {
                    case "open" -> {
                        open = true;
                        answer(frame.txnr(), ("200 OK\nrelp_version=0\nrelp_software=waymark\ncommands=syslog").getBytes(StandardCharsets.US_ASCII));
                    }
                    case "syslog" -> {
                        if (!open) {
                            throw new ProtocolException("syslog before open");
                        }
                        batch.add(delivery.message("relp", peer, source, listenerPort, frame.data(), frame.truncated()));
                        unanswered.add(frame.txnr());
                        if (batch.size() >= Delivery.BATCH) {
                            deliverAndAcknowledge();
                        }
                    }
                    case "close" -> {
                        deliverAndAcknowledge();
                        answer(frame.txnr(), new byte[0]);
                        return;
                    }
                    default -> {
                        deliverAndAcknowledge();
                        answer(frame.txnr(), ("500 command not supported: " + frame.command()).getBytes(StandardCharsets.US_ASCII));
                    }
                }
                out.flush();
            }
        } finally {
            // The peer is gone or broke the protocol: what arrived is delivered all the same (it
            // will come again, unacknowledged, which the rules tolerate better than a gap).
            delivery.deliver(batch);
            batch.clear();
        }
    }

    /** Tells the peer that this side is closing, so that it reconnects instead of waiting. */
    private void closing() {
        try {
            out.write("0 serverclose 0\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException gone) {
            // the peer notices the closed connection instead
        }
    }

    private void deliverAndAcknowledge() throws IOException {
        boolean delivered = delivery.deliver(batch);
        batch.clear();
        if (!delivered) {
            unanswered.clear();
            // no answer: the sender keeps the messages and sends them again on its next session
            throw new NotTaken("the endpoint did not take the messages from " + peer);
        }
        for (long txnr : unanswered) {
            answer(txnr, OK);
        }
        unanswered.clear();
    }

    private void answer(long txnr, byte[] data) throws IOException {
        out.write((txnr + " rsp " + data.length + (data.length > 0 ? " " : "")).getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write('\n');
    }

    /** @return the next frame, or {@code null} when the peer closed the connection between frames */
    Frame next() throws IOException {
        int first = in.read();
        while (first == '\n' || first == '\r') {
            first = in.read();
        }
        if (first < 0) {
            return null;
        }
        long txnr = number(first, "transaction number");
        String command = command();
        int length = (int) number(in.read(), "data length");
        // number() consumed the separator after the length: a space before data, or the trailer
        BoundedBytes data = new BoundedBytes(maxMessageSize, length);
        if (lastSeparator == ' ') {
            if (in.copy(length, data) < length) {
                throw new ProtocolException("the connection ended inside a frame");
            }
            int trailer = in.read();
            if (trailer != '\n') {
                throw new ProtocolException("a frame does not end with LF after its " + length + " octets of data");
            }
        } else if (length != 0) {
            throw new ProtocolException("a frame announces " + length + " octets of data but has none");
        }
        return new Frame(txnr, command, data.toArray(), data.truncated());
    }

    private long number(int first, String what) throws IOException {
        long value = 0;
        int digits = 0;
        int b = first;
        while (b >= '0' && b <= '9' && digits < MAX_NUMBER_DIGITS) {
            value = value * 10 + (b - '0');
            digits++;
            b = in.read();
        }
        if (digits == 0 || (b != ' ' && b != '\n')) {
            throw new ProtocolException("not a RELP frame: the " + what + " is not a number of up to 9 digits");
        }
        lastSeparator = b;
        return value;
    }

    private String command() throws IOException {
        if (lastSeparator != ' ') {
            throw new ProtocolException("not a RELP frame: no command");
        }
        StringBuilder command = new StringBuilder();
        int b = in.read();
        while (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
            if (command.length() == MAX_COMMAND_LENGTH) {
                throw new ProtocolException("not a RELP frame: a command longer than 32 letters");
            }
            command.append((char) b);
            b = in.read();
        }
        if (command.isEmpty() || b != ' ') {
            throw new ProtocolException("not a RELP frame: no command");
        }
        return command.toString();
    }
}
