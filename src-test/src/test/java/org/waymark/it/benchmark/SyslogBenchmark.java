package org.waymark.it.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.waymark.it.support.Api;
import org.waymark.it.support.Launcher;
import org.waymark.it.support.Paths;
import org.waymark.it.support.Rsyslog;
import org.waymark.it.support.Scratch;
import org.waymark.it.support.TestDatabase;

/**
 * Syslog throughput, printed, not asserted: the same generator sends to Waymark (started by the
 * launcher on MariaDB, every alert rule on) and to Debian's rsyslog (imtcp/imudp to a file) on
 * this machine, in one run. TCP: a million octet-counted RFC 5424 messages over four connections
 * as fast as the receiver takes them, 2% of them sshd failures for the rules; the rate is messages
 * counted by the receiver per second, and every message must arrive. UDP: a fixed offered rate
 * for five seconds; the loss is what the receiver did not count. The server's resident memory is
 * sampled while it is flooded. Run it with {@code mvn -pl src-test verify -Dit.test=SyslogBenchmark}.
 */
class SyslogBenchmark {

    private static final int TCP_MESSAGES = 1_000_000;
    private static final int CONNECTIONS = 4;
    private static final int UDP_RATE = 50_000;
    private static final int UDP_SECONDS = 5;

    @Test
    void waymarkAgainstRsyslog() throws Exception {
        byte[][] tcpBatches = batches(TCP_MESSAGES / CONNECTIONS);
        Result rsyslogTcp;
        Result rsyslogUdp;
        Path rsyslogDir = Paths.workDir().resolve("benchmark-rsyslog");
        Scratch.deleteRecursively(rsyslogDir);
        Files.createDirectories(rsyslogDir);
        int rsyslogTcpPort = Scratch.freePort();
        int rsyslogUdpPort = Scratch.freePort();
        Path out = rsyslogDir.resolve("out.log");
        String config = "global(workDirectory=\"" + rsyslogDir + "\" maxMessageSize=\"64k\")\n"
                + "module(load=\"imtcp\" MaxSessions=\"100\")\n"
                + "module(load=\"imudp\")\n"
                + "input(type=\"imtcp\" port=\"" + rsyslogTcpPort + "\" ruleset=\"file\")\n"
                + "input(type=\"imudp\" port=\"" + rsyslogUdpPort + "\" rcvbufSize=\"8m\" ruleset=\"file\")\n"
                + "ruleset(name=\"file\") {\n"
                + "  action(type=\"omfile\" file=\"" + out + "\" asyncWriting=\"on\" ioBufferSize=\"256k\" flushOnTXEnd=\"off\""
                + " flushInterval=\"1\")\n"
                + "}\n";
        try (Rsyslog rsyslog = Rsyslog.start(rsyslogDir, config, Map.of("tcp", rsyslogTcpPort))) {
            // progress by the file's size (cheap), the count by its lines once it stopped growing
            rsyslogTcp = tcp(rsyslogTcpPort, tcpBatches, () -> size(out), false, () -> lines(out), () -> 0);
            long before = lines(out);
            rsyslogUdp = udp(rsyslogUdpPort, () -> size(out), () -> lines(out), before);
            System.out.println("rsyslog said: " + rsyslog.log().strip());
        }

        String url = TestDatabase.fresh("waymark_benchmark_syslog");
        Path data = Paths.workDir().resolve("benchmark-waymark");
        Scratch.deleteRecursively(data);
        Map<String, String> environment = Launcher.environment(data, url, "benchmark-admin-secret");
        int http = Integer.parseInt(environment.get("DAP_HTTP_PORT"));
        int syslog = Integer.parseInt(environment.get("DAP_SYSLOG_TCP_PORT"));
        Launcher waymark = Launcher.run(environment, Paths.workDir().resolve("benchmark-waymark.log"));
        Result waymarkTcp;
        Result waymarkUdp;
        long idleKiB;
        try {
            waymark.awaitHealthy(http, Duration.ofMinutes(4));
            String root = "http://127.0.0.1:" + http + "/";
            // an API key: polling with a password would spend a PBKDF2 check (a quarter second) per request
            JsonObject key = Api.basic(root, "admin", "benchmark-admin-secret").post("api/v1/api-keys", Json.createObjectBuilder()
                    .add("name", "benchmark").add("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build()).json();
            Api admin = Api.bearer(root, key.getString("secret"));
            idleKiB = waymark.serverResidentKiB();
            LongSupplier tcpCount = () -> received(admin, "tcp 127.0.0.1");
            waymarkTcp = tcp(syslog, tcpBatches, tcpCount, true, tcpCount, waymark::serverResidentKiB);
            LongSupplier udpCount = () -> received(admin, "udp 127.0.0.1");
            waymarkUdp = udp(syslog, udpCount, udpCount, udpCount.getAsLong());
            waymarkUdp = waymarkUdp.withMemory(waymark.serverResidentKiB());
        } finally {
            waymark.stop();
        }

        System.out.printf("%nSyslog throughput on this machine (%d cores), one run%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("%-34s %14s %14s %12s%n", "", "Waymark", "rsyslog", "ratio");
        System.out.printf("%-34s %14.0f %14.0f %12.2f%n", "TCP messages/s (1,000,000, 4 conn.)", waymarkTcp.rate(), rsyslogTcp.rate(),
                waymarkTcp.rate() / rsyslogTcp.rate());
        System.out.printf("%-34s %14d %14d%n", "TCP messages lost", waymarkTcp.lost(), rsyslogTcp.lost());
        System.out.printf("%-34s %13.2f%% %13.2f%%%n", "UDP loss at " + UDP_RATE + "/s for " + UDP_SECONDS + " s",
                100.0 * waymarkUdp.lost() / waymarkUdp.sent(), 100.0 * rsyslogUdp.lost() / rsyslogUdp.sent());
        System.out.printf("%-34s %14d%n", "Waymark resident memory, idle KiB", idleKiB);
        System.out.printf("%-34s %14d%n", "... peak under the TCP flood KiB", waymarkTcp.peakKiB());
        System.out.printf("%-34s %14d%n", "... after the UDP overload KiB", waymarkUdp.peakKiB());
    }

    private record Result(long sent, long lost, double rate, long peakKiB) {

        Result withMemory(long kiB) {
            return new Result(sent, lost, rate, Math.max(peakKiB, kiB));
        }
    }

    /** Each connection's frames, built once so that the generator costs little. */
    private static byte[][] batches(int perConnection) {
        byte[][] batches = new byte[CONNECTIONS][];
        for (int connection = 0; connection < CONNECTIONS; connection++) {
            StringBuilder frames = new StringBuilder(perConnection * 120);
            for (int i = 0; i < perConnection; i++) {
                String message = message(connection * perConnection + i);
                frames.append(message.getBytes(StandardCharsets.UTF_8).length).append(' ').append(message);
            }
            batches[connection] = frames.toString().getBytes(StandardCharsets.UTF_8);
        }
        return batches;
    }

    /** 98% ordinary application messages, 2% sshd failures spread over 50,000 users and addresses. */
    private static String message(int n) {
        if (n % 50 == 0) {
            int who = n / 50 % 50_000;
            return "<38>1 2026-12-04T10:00:00.000Z bastion sshd 4711 - - Failed password for user" + who + " from 10." + (who >> 16 & 255) + "."
                    + (who >> 8 & 255) + "." + (who & 255) + " port 22 ssh2";
        }
        return "<14>1 2026-12-04T10:00:00.000Z app-server-" + n % 16 + " orders 99 ORDER - order " + n + " shipped to warehouse 7";
    }

    /**
     * @param progress  grows while messages arrive
     * @param isCount   whether progress is the count itself (then reaching a million ends the wait)
     * @param counted   the messages the receiver took
     */
    private static Result tcp(int port, byte[][] batches, LongSupplier progress, boolean isCount, LongSupplier counted, LongSupplier memory)
            throws Exception {
        long started = System.nanoTime();
        List<Thread> senders = new ArrayList<>();
        for (byte[] batch : batches) {
            Thread sender = Thread.ofPlatform().start(() -> {
                try (Socket socket = new Socket("127.0.0.1", port); OutputStream stream = new BufferedOutputStream(socket.getOutputStream(), 1 << 16)) {
                    stream.write(batch);
                    stream.flush();
                    socket.shutdownOutput();
                    drain(socket.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException("sending to port " + port + " failed", e);
                }
            });
            senders.add(sender);
        }
        long peak = 0;
        long last = -1;
        long lastGrowthAt = started;
        while (System.nanoTime() - lastGrowthAt < Duration.ofSeconds(5).toNanos()) {
            long now = progress.getAsLong();
            peak = Math.max(peak, memory.getAsLong());
            if (now != last) {
                last = now;
                lastGrowthAt = System.nanoTime();
            }
            if (isCount && now >= TCP_MESSAGES) {
                break;
            }
            Thread.sleep(250); // each look costs the receiver a request: not too often
        }
        for (Thread sender : senders) {
            sender.join();
        }
        long received = counted.getAsLong();
        double seconds = (lastGrowthAt - started) / 1e9;
        return new Result(TCP_MESSAGES, TCP_MESSAGES - received, received / seconds, peak);
    }

    private static Result udp(int port, LongSupplier progress, LongSupplier counted, long countedBefore) throws Exception {
        long sent = 0;
        try (DatagramSocket socket = new DatagramSocket()) {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            long started = System.nanoTime();
            long total = (long) UDP_RATE * UDP_SECONDS;
            while (sent < total) {
                long due = (System.nanoTime() - started) * UDP_RATE / 1_000_000_000L;
                while (sent < Math.min(due, total)) {
                    byte[] bytes = message((int) sent).getBytes(StandardCharsets.UTF_8);
                    socket.send(new DatagramPacket(bytes, bytes.length, loopback, port));
                    sent++;
                }
                Thread.onSpinWait();
            }
        }
        long last = -1;
        for (int stable = 0; stable < 30; ) {
            long now = progress.getAsLong();
            stable = now == last ? stable + 1 : 0;
            last = now;
            Thread.sleep(100);
        }
        return new Result(sent, sent - (counted.getAsLong() - countedBefore), 0, 0);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1024];
        while (in.read(buffer) >= 0) {
            // the receiver closes when done; it sends nothing
        }
    }

    private static long received(Api admin, String source) {
        JsonObject bySource = admin.get("api/v1/syslog/stats").json().getJsonObject("receivedBySource");
        return bySource.containsKey(source) ? bySource.getJsonNumber(source).longValue() : 0;
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Lines rsyslog has written so far. */
    private static long lines(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        long count = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return count;
    }
}
