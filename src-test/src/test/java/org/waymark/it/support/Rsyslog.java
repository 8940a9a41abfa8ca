package org.waymark.it.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's rsyslogd as a customer's forwarding client: it takes syslog on local TCP inputs (one per
 * route, fed with logger) and forwards each route with its own action (omfwd, omrelp). Runs in the
 * foreground with a configuration of its own, so it leaves the machine's syslog alone.
 */
public final class Rsyslog implements AutoCloseable {

    private static final Pattern ACTION_TYPE = Pattern.compile("(?<![\\w.])type=\"(\\w+)\""); // not queue.type

    private final Process process;
    private final Map<String, Integer> inputs;
    private final Path log;

    private Rsyslog(Process process, Map<String, Integer> inputs, Path log) {
        this.process = process;
        this.inputs = inputs;
        this.log = log;
    }

    /**
     * @param directory its work directory (queues, pid file, configuration), emptied first
     * @param routes    route name to its action's parameters, such as {@code type="omfwd" target="127.0.0.1"
     *                  port="5514" protocol="tcp" TCP_Framing="octet-counted"}; the module of a type other
     *                  than the built-in omfwd is loaded
     * @param global    extra parameters of rsyslog's global() object, such as the CA file for TLS
     */
    public static Rsyslog forwarding(Path directory, Map<String, String> routes, String global) throws IOException, InterruptedException {
        Scratch.deleteRecursively(directory);
        Files.createDirectories(directory);
        Map<String, Integer> inputs = new LinkedHashMap<>();
        StringBuilder config = new StringBuilder()
                .append("global(workDirectory=\"").append(directory).append("\" maxMessageSize=\"64k\" ").append(global).append(")\n")
                .append("module(load=\"imtcp\")\n");
        routes.values().stream().map(ACTION_TYPE::matcher).filter(Matcher::find).map(type -> type.group(1))
                .filter(type -> !type.equals("omfwd")).distinct()
                .forEach(type -> config.append("module(load=\"").append(type).append("\")\n"));
        for (Map.Entry<String, String> route : routes.entrySet()) {
            int port = Scratch.freePort();
            inputs.put(route.getKey(), port);
            config.append("input(type=\"imtcp\" port=\"").append(port).append("\" ruleset=\"").append(route.getKey()).append("\")\n")
                    .append("ruleset(name=\"").append(route.getKey()).append("\") {\n")
                    .append("  action(template=\"RSYSLOG_SyslogProtocol23Format\" ").append(route.getValue()).append(")\n")
                    .append("}\n");
        }
        return start(directory, config.toString(), inputs);
    }

    /**
     * Starts rsyslogd with the given configuration in an existing, empty work directory.
     *
     * @param inputs names of the TCP inputs the configuration opens, with their ports: waited for
     */
    public static Rsyslog start(Path directory, String config, Map<String, Integer> inputs) throws IOException, InterruptedException {
        Path file = directory.resolve("rsyslog.conf");
        Files.writeString(file, config);
        Path log = directory.resolve("rsyslogd.log");
        List<String> command = new ArrayList<>(List.of("/usr/sbin/rsyslogd", "-n", "-f", file.toString(), "-i",
                directory.resolve("rsyslogd.pid").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Rsyslog rsyslog = new Rsyslog(process, inputs, log);
        rsyslog.awaitInputs();
        return rsyslog;
    }

    /** The local TCP port where the route takes syslog. */
    public String input(String route) {
        return Integer.toString(inputs.get(route));
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitInputs() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int port : inputs.values()) {
            while (!listening(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("rsyslogd did not open its inputs: " + log());
                }
                Thread.sleep(100);
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return probe.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
