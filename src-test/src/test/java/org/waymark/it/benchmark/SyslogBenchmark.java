package org.waymark.it.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.concurrent.atomic.AtomicLong;
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
 * launcher on MariaDB, every alert rule on) and to Debian's rsyslog (imtcp/imudp to a file, omfile
 * as Debian configures it: each batch written when done) on this machine, in one run.
 *
 * <p>TCP: octet-counted RFC 5424 messages over four connections as fast as the receiver takes them,
 * 2% of them sshd failures for the rules; every message must arrive. Waymark runs twice: as the
 * launcher's single node, and as a member of a cluster, where the rules' windows live in the data
 * grid. The rate is messages counted by the receiver per second, from the first byte sent to the
 * last message counted. Three rounds each: the first million after start, which pays for the JVM's
 * compiling, two million more to warm up, and the sustained rate over three million after that.
 *
 * <p>UDP: a fixed offered rate for five seconds; the loss is what the receiver did not take. Then
 * a flood: two threads send to Waymark as fast as they can for ten seconds, far more than it takes,
 * and its resident memory is sampled meanwhile: the queues are bounded, so memory must stay so too.
 * Run it with
 * {@code mvn -pl src-test verify -Dit.test=SyslogBenchmark}.
 */
class SyslogBenchmark {

    private static final int COLD_MESSAGES = 1_000_000;
    private static final int WARM_UP_MESSAGES = 2_000_000;
    private static final int SUSTAINED_MESSAGES = 3_000_000;
    private static final int SUSTAINED_FROM = COLD_MESSAGES + WARM_UP_MESSAGES;
    private static final int CONNECTIONS = 4;
    private static final int UDP_RATE = 50_000;
    private static final int UDP_SECONDS = 5;
    private static final int FLOOD_SECONDS = 10;

    @Test
    void waymarkAgainstRsyslog() throws Exception {
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
                + "  action(type=\"omfile\" file=\"" + out + "\")\n"
                + "}\n";
        Result rsyslogCold;
        Result rsyslogWarmUp;
        Result rsyslogSustained;
        Result rsyslogUdp;
        try (Rsyslog rsyslog = Rsyslog.start(rsyslogDir, config, Map.of("tcp", rsyslogTcpPort))) {
            // progress by the file's size (cheap, so looked at often), the count by its lines once it stopped growing
            Receiver receiver = new Receiver(() -> size(out), false, Duration.ofMillis(20), () -> lines(out), () -> 0);
            rsyslogCold = tcp(rsyslogTcpPort, receiver, 0, COLD_MESSAGES);
            rsyslogWarmUp = tcp(rsyslogTcpPort, receiver, COLD_MESSAGES, WARM_UP_MESSAGES);
            rsyslogSustained = tcp(rsyslogTcpPort, receiver, SUSTAINED_FROM, SUSTAINED_MESSAGES);
            rsyslogUdp = udp(rsyslogUdpPort, () -> size(out), () -> lines(out), lines(out));
            System.out.println("rsyslog said: " + rsyslog.log().strip());
        }

        Path data = Paths.workDir().resolve("benchmark-waymark");
        Scratch.deleteRecursively(data);
        Map<String, String> alone = Launcher.environment(data, TestDatabase.fresh("waymark_benchmark_syslog"), "benchmark-admin-secret");
        WaymarkRun single = waymark(alone, "benchmark-waymark.log", true);

        // the same node as a member of a cluster (of one): the rules' windows live in the data grid
        Path clusterData = Paths.workDir().resolve("benchmark-waymark-cluster");
        Scratch.deleteRecursively(clusterData);
        Map<String, String> member = Launcher.environment(clusterData, TestDatabase.fresh("waymark_benchmark_cluster"), "benchmark-admin-secret");
        int gridPort = Scratch.freePort();
        member.put("DAP_CLUSTER_MEMBERS", "127.0.0.1:" + gridPort);
        member.put("DAP_CLUSTER_PORT", Integer.toString(gridPort));
        member.put("DAP_CLUSTER_INTERFACE", "127.0.0.1");
        member.put("DAP_CLUSTER_NAME", "benchmark-" + gridPort);
        WaymarkRun clustered = waymark(member, "benchmark-waymark-cluster.log", false);

        System.out.printf("%nSyslog throughput on this machine (%d cores), one run%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("%-46s %12s %12s %8s%n", "", "Waymark", "rsyslog", "ratio");
        row("TCP messages/s, first 1,000,000 (cold)", single.cold(), rsyslogCold);
        row("TCP messages/s, 3,000,000 more (sustained)", single.sustained(), rsyslogSustained);
        row("... as a cluster node, cold (windows in grid)", clustered.cold(), rsyslogCold);
        row("... as a cluster node, sustained", clustered.sustained(), rsyslogSustained);
        System.out.printf("%-46s %12d %12d%n", String.format("TCP messages lost of %,d (single node)", SUSTAINED_FROM + SUSTAINED_MESSAGES),
                single.lost(),
                rsyslogCold.lost() + rsyslogWarmUp.lost() + rsyslogSustained.lost());
        System.out.printf("%-46s %12d%n", "... as a cluster node", clustered.lost());
        System.out.printf("%-46s %11.2f%% %11.2f%%%n", "UDP loss at " + UDP_RATE + "/s for " + UDP_SECONDS + " s",
                100.0 * single.udp().lost() / single.udp().sent(), 100.0 * rsyslogUdp.lost() / rsyslogUdp.sent());
        Flood flood = single.flood();
        System.out.printf("%-46s %12.0f%n", "UDP flood for " + FLOOD_SECONDS + " s: offered messages/s", flood.sent() / (double) FLOOD_SECONDS);
        System.out.printf("%-46s %12.0f%n", "... taken messages/s", flood.taken() / (double) FLOOD_SECONDS);
        System.out.printf("%-46s %12d%n", "... dropped at the full queue", flood.queueDropped());
        System.out.printf("%-46s %12d%n", "... dropped by the kernel (buffer full)", flood.kernelDropped());
        System.out.printf("%-46s %12d%n", "... not counted anywhere", flood.sent() - flood.taken() - flood.queueDropped() - flood.kernelDropped());
        System.out.printf("%-46s %12d%n", "Waymark resident memory, idle KiB", single.idleKiB());
        System.out.printf("%-46s %12d%n", "... peak under the TCP rounds KiB", single.peakKiB());
        System.out.printf("%-46s %12d%n", "... peak during the UDP flood KiB", flood.peakKiB());
    }

    private static void row(String label, Result waymark, Result rsyslog) {
        System.out.printf("%-46s %12.0f %12.0f %8.2f%n", label, waymark.rate(), rsyslog.rate(), waymark.rate() / rsyslog.rate());
    }

    private record WaymarkRun(Result cold, Result warmUp, Result sustained, Result udp, Flood flood, long idleKiB) {

        long lost() {
            return cold.lost() + warmUp.lost() + sustained.lost();
        }

        long peakKiB() {
            return Math.max(cold.peakKiB(), Math.max(warmUp.peakKiB(), sustained.peakKiB()));
        }
    }

    /** Starts Waymark with the launcher, floods it over TCP three times (cold, warm-up, sustained) and, if asked, over UDP. */
    private static WaymarkRun waymark(Map<String, String> environment, String log, boolean withUdp) throws Exception {
        int http = Integer.parseInt(environment.get("DAP_HTTP_PORT"));
        int syslog = Integer.parseInt(environment.get("DAP_SYSLOG_TCP_PORT"));
        Launcher waymark = Launcher.run(environment, Paths.workDir().resolve(log));
        try {
            waymark.awaitHealthy(http, Duration.ofMinutes(4));
            String root = "http://127.0.0.1:" + http + "/";
            // an API key: polling with a password would spend a PBKDF2 check (a quarter second) per request
            JsonObject key = Api.basic(root, "admin", "benchmark-admin-secret").post("api/v1/api-keys", Json.createObjectBuilder()
                    .add("name", "benchmark").add("expiresAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build()).json();
            Api admin = Api.bearer(root, key.getString("secret"));
            long idleKiB = waymark.serverResidentKiB();
            LongSupplier tcpCount = () -> received(admin, "tcp 127.0.0.1");
            Receiver receiver = new Receiver(tcpCount, true, Duration.ofMillis(50), tcpCount, waymark::serverResidentKiB);
            Result cold = tcp(syslog, receiver, 0, COLD_MESSAGES);
            Result warmUp = tcp(syslog, receiver, COLD_MESSAGES, WARM_UP_MESSAGES);
            Result sustained = tcp(syslog, receiver, SUSTAINED_FROM, SUSTAINED_MESSAGES);
            Result udp = null;
            Flood flood = null;
            if (withUdp) {
                LongSupplier udpTaken = () -> udpTaken(admin, syslog);
                udp = udp(syslog, udpTaken, udpTaken, udpTaken.getAsLong());
                flood = flood(syslog, admin, waymark::serverResidentKiB);
            }
            return new WaymarkRun(cold, warmUp, sustained, udp, flood, idleKiB);
        } finally {
            waymark.stop();
        }
    }

    private record Result(long sent, long lost, double rate, long peakKiB) {
    }

    /**
     * What the benchmark sees of a receiver.
     *
     * @param progress        grows while messages arrive
     * @param progressIsCount whether progress is the count itself (then reaching the number sent ends the wait)
     * @param lookEvery       how often progress is looked at: each look at Waymark's costs it a request
     * @param counted         the messages the receiver took so far
     * @param residentKiB     its memory
     */
    private record Receiver(LongSupplier progress, boolean progressIsCount, Duration lookEvery, LongSupplier counted,
            LongSupplier residentKiB) {
    }

    /** Each connection's frames for messages {@code first} to {@code first + count - 1}, built before sending so that the generator costs little. */
    private static byte[][] batches(int first, int count) {
        int perConnection = count / CONNECTIONS;
        byte[][] batches = new byte[CONNECTIONS][];
        for (int connection = 0; connection < CONNECTIONS; connection++) {
            StringBuilder frames = new StringBuilder(perConnection * 120);
            for (int i = 0; i < perConnection; i++) {
                String message = message(first + connection * perConnection + i);
                frames.append(message.getBytes(StandardCharsets.UTF_8).length).append(' ').append(message);
            }
            batches[connection] = frames.toString().getBytes(StandardCharsets.UTF_8);
        }
        return batches;
    }

    /**
     * 98% ordinary application messages, 2% sshd failures spread over 50,000 users and addresses:
     * no user or address fails often enough for an alert, so every failure costs the rules their
     * windows and no more.
     */
    private static String message(int n) {
        if (n % 50 == 0) {
            int who = n / 50 % 50_000;
            return "<38>1 2026-12-04T10:00:00.000Z bastion sshd 4711 - - Failed password for user" + who + " from 10." + (who >> 16 & 255) + "."
                    + (who >> 8 & 255) + "." + (who & 255) + " port 22 ssh2";
        }
        return "<14>1 2026-12-04T10:00:00.000Z app-server-" + n % 16 + " orders 99 ORDER - order " + n + " shipped to warehouse 7";
    }

    /** Sends messages {@code first} to {@code first + count - 1} over the connections at once and waits until the receiver stops counting. */
    private static Result tcp(int port, Receiver receiver, int first, int count) throws Exception {
        byte[][] batches = batches(first, count);
        long countedBefore = receiver.counted().getAsLong();
        long progressBefore = receiver.progress().getAsLong();
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
        long last = progressBefore;
        long lastGrowthAt = started;
        while (System.nanoTime() - lastGrowthAt < Duration.ofSeconds(5).toNanos()) {
            long now = receiver.progress().getAsLong();
            peak = Math.max(peak, receiver.residentKiB().getAsLong());
            if (now != last) {
                last = now;
                lastGrowthAt = System.nanoTime();
            }
            if (receiver.progressIsCount() && now - progressBefore >= count) {
                break;
            }
            Thread.sleep(receiver.lookEvery().toMillis());
        }
        for (Thread sender : senders) {
            sender.join();
        }
        long received = receiver.counted().getAsLong() - countedBefore;
        double seconds = (lastGrowthAt - started) / 1e9;
        return new Result(count, count - received, received == 0 ? 0 : received / seconds, peak);
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

    /** What a UDP flood did: datagrams sent, taken by the rules' side, dropped where, and the memory it took. */
    private record Flood(long sent, long taken, long queueDropped, long kernelDropped, long peakKiB) {
    }

    private static Flood flood(int port, Api admin, LongSupplier residentKiB) throws Exception {
        JsonObject before = udpListener(admin, port);
        long takenBefore = udpTaken(admin, port);
        AtomicLong sent = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(FLOOD_SECONDS).toNanos();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int offset = t * 100_000_000;
            senders.add(Thread.ofPlatform().start(() -> {
                try (DatagramSocket socket = new DatagramSocket()) {
                    InetAddress loopback = InetAddress.getLoopbackAddress();
                    for (int n = offset; System.nanoTime() < deadline; n++) {
                        byte[] bytes = message(n).getBytes(StandardCharsets.UTF_8);
                        socket.send(new DatagramPacket(bytes, bytes.length, loopback, port));
                        sent.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        long peak = 0;
        while (System.nanoTime() < deadline) {
            peak = Math.max(peak, residentKiB.getAsLong());
            Thread.sleep(200);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        long last = -1;
        for (int stable = 0; stable < 30; ) {
            long now = udpTaken(admin, port);
            stable = now == last ? stable + 1 : 0;
            last = now;
            peak = Math.max(peak, residentKiB.getAsLong());
            Thread.sleep(100);
        }
        JsonObject after = udpListener(admin, port);
        return new Flood(sent.get(), udpTaken(admin, port) - takenBefore, grew(before, after, "dropped"), grew(before, after, "kernelDrops"), peak);
    }

    /** The UDP listener's counters. */
    private static JsonObject udpListener(Api admin, int port) {
        return admin.get("api/v1/syslog/stats").json().getJsonObject("listeners").getJsonObject("udp 0.0.0.0:" + port);
    }

    /** What the UDP listener took from 127.0.0.1 and handed on: received, less what found the queue full. */
    private static long udpTaken(Api admin, int port) {
        JsonObject source = admin.get("api/v1/syslog/stats").json().getJsonObject("sources").getJsonObject("udp 0.0.0.0:" + port)
                .getJsonObject("127.0.0.1");
        return source == null ? 0 : source.getJsonNumber("received").longValue() - source.getJsonNumber("dropped").longValue();
    }

    private static long grew(JsonObject before, JsonObject after, String counter) {
        return after.getJsonNumber(counter).longValue() - before.getJsonNumber(counter).longValue();
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
