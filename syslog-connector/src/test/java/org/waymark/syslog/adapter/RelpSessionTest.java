package org.waymark.syslog.adapter;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.Test;
import org.waymark.syslog.api.SyslogListener;
import org.waymark.syslog.api.SyslogMessage;

/** The RELP exchange as librelp (rsyslog's omrelp) conducts it; RsyslogRestartIT runs it against rsyslog itself. */
class RelpSessionTest {

    private static final String OPEN = "1 open 94 relp_version=0\nrelp_software=librelp,1.11.0,https://github.com/rsyslog/librelp\ncommands=syslog\n";

    private final Endpoint endpoint = new Endpoint();
    private final Delivery delivery = new Delivery(endpoint, ZoneOffset.UTC);
    private final ByteArrayOutputStream answers = new ByteArrayOutputStream();

    @Test
    void acknowledgesEachMessageByItsNumberAfterTheEndpointTookIt() throws IOException {
        serve(OPEN + frame(2, "syslog", "<13>1 - host app - - - one") + frame(3, "syslog", "<13>1 - host app - - - two") + "4 close 0\n");

        assertEquals(List.of("<13>1 - host app - - - one", "<13>1 - host app - - - two"), endpoint.texts());
        assertEquals("1 rsp 59 200 OK\nrelp_version=0\nrelp_software=waymark\ncommands=syslog\n"
                + "2 rsp 6 200 OK\n3 rsp 6 200 OK\n4 rsp 0\n", answers.toString(US_ASCII));
        assertEquals(2, delivery.counters.delivered.sum());
    }

    @Test
    void aRefusingEndpointGetsNoAcknowledgementSoTheSenderKeepsTheMessages() {
        endpoint.refuse = true;

        assertThrows(IOException.class, () -> serve(OPEN + frame(2, "syslog", "<13>kept by the sender")));

        assertEquals("1 rsp 59 200 OK\nrelp_version=0\nrelp_software=waymark\ncommands=syslog\n", answers.toString(US_ASCII));
        assertEquals(1, delivery.counters.undelivered.get());
    }

    @Test
    void anOverlongMessageIsTruncatedAndFlagged() throws IOException {
        serve(OPEN + frame(2, "syslog", "<13>" + "x".repeat(1000)) + "3 close 0\n");

        SyslogMessage message = endpoint.received.get(0);
        assertTrue(message.truncated());
        assertEquals(600, message.text().length());
        assertTrue(answers.toString(US_ASCII).contains("2 rsp 6 200 OK\n"));
    }

    @Test
    void anUnknownCommandIsAnsweredWithAnErrorAndTheSessionGoesOn() throws IOException {
        serve(OPEN + frame(2, "starttls", "") + frame(3, "syslog", "<13>after") + "4 close 0\n");

        assertTrue(answers.toString(US_ASCII).contains("2 rsp 35 500 command not supported: starttls\n3 rsp 6 200 OK\n"),
                answers.toString(US_ASCII));
        assertEquals(List.of("<13>after"), endpoint.texts());
    }

    @Test
    void plainSyslogOnTheRelpPortIsAProtocolErrorCountedAndTold() {
        assertThrows(RelpSession.ProtocolException.class, () -> serve("<13>Dec  4 10:00:00 host sshd[1]: not relp\n"));

        assertEquals("0 serverclose 0\n", answers.toString(US_ASCII));
        assertEquals(1, delivery.counters.protocolErrors.get());
    }

    @Test
    void syslogBeforeOpenAWrongLengthAndAMissingTrailerAreProtocolErrors() {
        for (String broken : List.of(frame(1, "syslog", "<13>early"), OPEN + "2 syslog 50 <13>short\n",
                OPEN + "2 syslog 3 <13>x\n", OPEN + "2 syslog 5 <13>x")) {
            assertThrows(RelpSession.ProtocolException.class, () -> serve(broken), broken);
        }
        assertEquals(4, delivery.counters.protocolErrors.get());
    }

    @Test
    void whatArrivedBeforeTheSenderVanishedIsStillDelivered() throws IOException {
        serve(OPEN + frame(2, "syslog", "<13>last words"));

        assertEquals(List.of("<13>last words"), endpoint.texts());
    }

    private void serve(String stream) throws IOException {
        // a one-byte buffer makes available() honest about what has "arrived" so far
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(stream.getBytes(US_ASCII)), 1);
        new RelpSession(in, answers, 600, delivery, "192.0.2.1", 2514).serve();
    }

    private static String frame(long txnr, String command, String data) {
        return txnr + " " + command + " " + data.length() + (data.isEmpty() ? "" : " " + data) + "\n";
    }

    /** The message-driven bean's place: records what it took, or refuses as a failing bean would. */
    private static final class Endpoint implements MessageEndpointFactory, MessageEndpoint, SyslogListener {
        final List<SyslogMessage> received = new ArrayList<>();
        boolean refuse;

        List<String> texts() {
            return received.stream().map(SyslogMessage::text).toList();
        }

        @Override
        public void onMessages(List<SyslogMessage> messages) {
            if (refuse) {
                throw new IllegalStateException("the bean failed");
            }
            received.addAll(messages);
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xaResource) {
            return this;
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
            return this;
        }

        @Override
        public boolean isDeliveryTransacted(Method method) {
            return false;
        }

        @Override
        public String getActivationName() {
            return "relp-test";
        }

        @Override
        public Class<?> getEndpointClass() {
            return Endpoint.class;
        }

        @Override
        public void beforeDelivery(Method method) {
        }

        @Override
        public void afterDelivery() {
        }

        @Override
        public void release() {
        }
    }
}
