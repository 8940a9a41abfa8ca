package org.waymark.it.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.it.support.AlertQueue;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;
import org.waymark.it.support.SyslogSender;

/**
 * Hostile and broken senders on the TCP syslog listener, over real sockets: each case is counted,
 * and neither the listener nor a well-behaved connection next to them suffers. Plain sockets, not
 * logger: no real client sends garbage or stops in the middle of a message on purpose.
 */
@ExtendWith(ArquillianExtension.class)
class SyslogRobustnessIT {

    private static final String PORT = System.getenv("DAP_SYSLOG_TCP_PORT");
    /** The limit of open connections per listener: the default (src-test/pom.xml leaves it). */
    private static final int MAX_CONNECTIONS = 64;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    private Api admin;

    @BeforeEach
    void connect() {
        admin = Api.admin(MicroDeployment.root(deployed));
    }

    @Test
    void garbageAndMessagesCutShortAreCountedAndTheNeighbourConnectionStillDelivers() throws Exception {
        JsonObject before = counters();
        String user = Api.unique("neighbour");
        try (Socket neighbour = open()) {
            try (Socket garbage = open()) {
                // binary noise in LF-terminated lines: without spaces, no digits in it read as an octet count
                byte[] noise = new byte[64 * 1024];
                new Random(42).nextBytes(noise);
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = noise[i] == ' ' ? (byte) '!' : noise[i];
                }
                noise[noise.length - 1] = '\n';
                garbage.getOutputStream().write(noise);
            }
            JsonObject afterGarbage = awaitCounters(now -> grew(before, now, "unparsed") >= 1);
            send(neighbour, "<38>Dec  4 10:00:00 bastion sshd[1]: still here\n"); // within the idle timeout, whatever the waits took
            assertEquals(0, grew(before, afterGarbage, "incompleteFrames"), afterGarbage::toString);

            try (Socket shortCount = open()) {
                send(shortCount, "500 <38>Dec  4 10:00:00 bastion sshd[1]: fewer octets than counted");
            }
            try (Socket halfLine = open()) {
                send(halfLine, "<38>Dec  4 10:00:00 bastion sshd[1]: a line without its end");
            }
            awaitCounters(now -> grew(afterGarbage, now, "incompleteFrames") == 2);
            send(neighbour, "<38>Dec  4 10:00:00 bastion sshd[1]: still here\n");

            StringBuilder failures = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                failures.append("<38>Dec  4 10:00:0").append(i).append(" bastion sshd[1]: Failed password for ").append(user)
                        .append(" from 198.18.7.").append(i + 1).append(" port 22 ssh2\n");
            }
            String noSyslog = "no syslog header on this line from " + user;
            send(neighbour, noSyslog + "\n" + failures);
            AlertQueue.awaitOne(admin, "BRUTE_FORCE_ACCOUNT", user, alert -> alert.getInt("count") == 8);

            // unparsed, yet kept for the SOC to read
            JsonObject kept = admin.get("api/v1/syslog/unparsed").array().stream().map(JsonObject.class::cast)
                    .filter(message -> message.getString("text").equals(noSyslog)).findFirst()
                    .orElseThrow(() -> new AssertionError("not among the unparsed messages: " + noSyslog));
            assertEquals("tcp 127.0.0.1", kept.getString("source"), kept::toString);
        }
        assertEquals(0, grew(before, counters(), "undelivered"));
    }

    @Test
    void aFloodOfConnectionsIsRefusedPastTheLimitAndTheListenerGoesOn() throws Exception {
        JsonObject before = counters();
        JsonObject sourceBefore = fromLoopback();
        List<Socket> flood = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_CONNECTIONS + 6; i++) {
                flood.add(open());
            }
            awaitCounters(now -> grew(before, now, "refusedConnections") >= 6);
            JsonObject source = fromLoopback();
            assertTrue(grew(sourceBefore, source, "refused") >= 6 && grew(sourceBefore, source, "connections") >= MAX_CONNECTIONS - 6,
                    "counted for the sender too: " + source);
        } finally {
            for (Socket socket : flood) {
                socket.close();
            }
        }
        awaitAccepted();
        String user = Api.unique("after-flood");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            failures.add("Failed password for " + user + " from 198.18.9.9 port " + (43_000 + i) + " ssh2");
        }
        SyslogSender.sshd(PORT, failures);
        AlertQueue.awaitOne(admin, "BRUTE_FORCE_ACCOUNT", user, alert -> alert.getInt("count") == 8);
    }

    @Test
    void aSilentClientIsClosedAfterTheIdleTimeout() throws Exception {
        JsonObject before = counters();
        try (Socket silent = open()) {
            silent.setSoTimeout(60_000); // DAP_SYSLOG_IDLE_TIMEOUT_SECONDS is 15 in these tests
            InputStream in = silent.getInputStream();
            try {
                assertEquals(-1, in.read(), "the listener closed the silent connection");
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the silent connection was still open after a minute", e);
            }
        }
        awaitCounters(now -> grew(before, now, "idleTimeouts") >= 1);
    }

    /** Waits until the listener keeps a new connection open again: the flood's have ended on its side. */
    private static void awaitAccepted() throws IOException, InterruptedException {
        for (int i = 0; i < 60; i++) {
            try (Socket probe = open()) {
                probe.setSoTimeout(500);
                try {
                    if (probe.getInputStream().read() == -1) {
                        Thread.sleep(500); // refused: closed at once
                        continue;
                    }
                } catch (SocketTimeoutException keptOpen) {
                    return;
                }
            }
        }
        throw new AssertionError("the listener still refused connections 30 s after the flood ended");
    }

    private static Socket open() throws IOException {
        return new Socket("127.0.0.1", Integer.parseInt(PORT));
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The TCP listener's counters, as the SOC reads them. */
    private JsonObject counters() {
        return admin.get("api/v1/syslog/stats").json().getJsonObject("listeners").getJsonObject("tcp 0.0.0.0:" + PORT);
    }

    /** What 127.0.0.1 sent the TCP listener, as the SOC reads it (empty before it sent anything). */
    private JsonObject fromLoopback() {
        JsonObject listener = admin.get("api/v1/syslog/stats").json().getJsonObject("sources").getJsonObject("tcp 0.0.0.0:" + PORT);
        JsonObject source = listener == null ? null : listener.getJsonObject("127.0.0.1");
        return source == null ? JsonValue.EMPTY_JSON_OBJECT : source;
    }

    private JsonObject awaitCounters(Predicate<JsonObject> condition) throws InterruptedException {
        JsonObject now = counters();
        for (int i = 0; i < 300 && !condition.test(now); i++) {
            Thread.sleep(100);
            now = counters();
        }
        assertTrue(condition.test(now), now::toString);
        return now;
    }

    private static long grew(JsonObject before, JsonObject after, String counter) {
        return count(after, counter) - count(before, counter);
    }

    /** A counter, or 0 where there is none yet (no message from that sender so far). */
    private static long count(JsonObject counters, String counter) {
        return counters.containsKey(counter) ? counters.getJsonNumber(counter).longValue() : 0;
    }
}
