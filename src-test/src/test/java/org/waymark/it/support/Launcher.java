package org.waymark.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@code deployment/dap}, run as a process the way an operator runs it. */
public final class Launcher {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;

    private Launcher(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * The settings every launched node needs: its data directory and free ports for HTTP, syslog
     * (UDP and TCP share one) and RELP, so that nodes of one test run never collide.
     */
    public static Map<String, String> environment(Path dataDir) throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put("DAP_DATA_DIR", dataDir.toString());
        environment.put("DAP_HTTP_PORT", Integer.toString(Scratch.freePort()));
        String syslogPort = Integer.toString(Scratch.freePort());
        environment.put("DAP_SYSLOG_UDP_PORT", syslogPort);
        environment.put("DAP_SYSLOG_TCP_PORT", syslogPort);
        environment.put("DAP_SYSLOG_RELP_PORT", Integer.toString(Scratch.freePort()));
        return environment;
    }

    /** As {@link #environment(Path)}, on a database of the test server, with the first administrator's password. */
    public static Map<String, String> environment(Path dataDir, String databaseUrl, String adminPassword) throws IOException {
        Map<String, String> environment = environment(dataDir);
        environment.put("DAP_DB_URL", databaseUrl);
        environment.put("DAP_DB_USER", TestDatabase.user());
        environment.put("DAP_DB_PASSWORD", TestDatabase.password());
        environment.put("DAP_ADMIN_PASSWORD", adminPassword);
        return environment;
    }

    /** The launcher's asadmin commands that define the data source for the given MySQL settings. */
    public static String databaseCommands(Map<String, String> environment) throws IOException {
        Path log = Files.createTempFile(Paths.workDir(), "database-commands", ".log");
        Process process = builder(environment, "database-commands").redirectError(log.toFile()).start();
        String commands = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("deployment/dap database-commands failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return commands;
    }

    /** Starts {@code deployment/dap run}; its console goes to {@code log}. */
    public static Launcher run(Map<String, String> environment, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Process process = builder(environment, "run").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Launcher(process, log);
    }

    private static ProcessBuilder builder(Map<String, String> environment, String command) {
        ProcessBuilder builder = new ProcessBuilder(Paths.root().resolve("deployment/dap").toString(), command)
                .directory(Paths.workDir().toFile());
        // Only what the test says: no DAP_* setting of the machine or of Arquillian's Micro leaks in.
        builder.environment().keySet().removeIf(name -> name.startsWith("DAP_"));
        builder.environment().putAll(environment);
        return builder;
    }

    /**
     * Waits until the launcher has printed its banner and {@code GET /health} answers UP, or the
     * launcher ends, or time runs out.
     */
    public Duration awaitHealthy(int port, Duration timeout) throws IOException, InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (!process.isAlive()) {
                throw new AssertionError("the launcher ended with " + process.exitValue() + " before it was healthy:\n" + output());
            }
            if (output().contains("Waymark is up at") && health(port).statusCode() == 200) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within " + timeout + ":\n" + output());
    }

    /** {@code GET /health}. */
    public static Health health(int port) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(15)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Health(response.statusCode(), response.body());
        } catch (IOException nothingListens) {
            return new Health(0, "");
        }
    }

    /** Ctrl-C's effect: the launcher stops Payara cleanly and exits 0. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not stop within 90 s");
        }
        return process.exitValue();
    }

    /**
     * A crash: kills the server process (SIGKILL), which gets no chance to finish what it was
     * doing, and waits for the launcher to end with it.
     */
    public void killServer() throws InterruptedException {
        ProcessHandle server = server().orElseThrow(() -> new AssertionError("no server process to kill:\n" + output()));
        server.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the launcher did not end with its server:\n" + output());
        }
    }

    /** Stops a launcher that a failed test left running. */
    public void stopIfRunning() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    /** Waits for a launcher that is expected to end by itself (a refused setting). */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not end within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** The Payara Micro process the launcher started, while it runs. */
    public Optional<ProcessHandle> server() {
        return process.descendants().filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar")).findFirst();
    }

    /** The server's resident memory in KiB (from /proc), or 0 when it does not run. */
    public long serverResidentKiB() {
        return server().map(handle -> {
            try {
                return Files.readAllLines(Path.of("/proc/" + handle.pid() + "/status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst().orElse(0L);
            } catch (IOException gone) {
                return 0L;
            }
        }).orElse(0L);
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** The answer of {@code GET /health}: status 0 when nothing answers. */
    public record Health(int statusCode, String body) {
    }
}
