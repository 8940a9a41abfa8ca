package org.waymark.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Sends syslog the way a customer's systems do: through util-linux {@code logger}, one process per batch of lines. */
public final class SyslogSender {

    private SyslogSender() {
    }

    /** Lines as sshd logs them: RFC 3164 over TCP with the tag {@code sshd}, to 127.0.0.1. */
    public static void sshd(String port, List<String> lines) {
        send(port, List.of("--tcp", "--rfc3164", "-t", "sshd"), lines);
    }

    /**
     * @param options logger's options for transport and format, such as {@code --tcp --octet-count --rfc5424}
     * @param lines   one message each, read by logger from its standard input
     */
    public static void send(String port, List<String> options, List<String> lines) {
        List<String> command = new ArrayList<>(List.of("logger", "-n", "127.0.0.1", "-P", port));
        command.addAll(options);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "logger finished");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), () -> "logger " + command + " failed: " + output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run logger", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
