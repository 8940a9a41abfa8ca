package org.waymark.syslog.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Datagrams the kernel dropped for a UDP port because its receive buffer was full: Linux counts
 * them per socket in the last column of {@code /proc/net/udp} and {@code /proc/net/udp6}. They never
 * reach the listener, so this is the only place they can be counted. Elsewhere (no such files) the
 * count is zero.
 */
final class KernelDrops {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/udp"), Path.of("/proc/net/udp6"));

    private KernelDrops() {
    }

    /** The drops of every socket bound to the port, as the kernel counts them now. */
    static long onPort(int port) {
        long drops = 0;
        for (Path table : TABLES) {
            if (Files.isReadable(table)) {
                try (Stream<String> lines = Files.lines(table)) {
                    drops += inTable(lines, port);
                } catch (IOException | UncheckedIOException e) {
                    // the table went away (a container without /proc): nothing to count from it
                }
            }
        }
        return drops;
    }

    /** The sum of the drops column over the table's rows whose local address has this port. */
    static long inTable(Stream<String> lines, int port) {
        String portSuffix = String.format(":%04X", port);
        return lines.skip(1)
                .map(String::trim)
                .map(line -> line.split("\\s+"))
                .filter(columns -> columns.length >= 13 && columns[1].endsWith(portSuffix))
                .mapToLong(columns -> Long.parseLong(columns[columns.length - 1]))
                .sum();
    }
}
