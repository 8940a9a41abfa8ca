package org.waymark.syslog.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KernelDropsTest {

    @Test
    void sumsTheDropsColumnOfTheRowsBoundToThePort() {
        // /proc/net/udp6 as Linux writes it: a dual-stack socket on 5514 (0x158A), and another port
        Stream<String> table = Stream.of(
                "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when"
                        + " retrnsmt   uid  timeout inode ref pointer drops",
                " 1234: 00000000000000000000000000000000:158A 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000"
                        + " 00000000     0        0 88517 2 00000000ed4d90a8 1742",
                " 1235: 00000000000000000000000000000000:158B 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000"
                        + " 00000000     0        0 88518 2 00000000ed4d90b0 99");

        assertEquals(1742, KernelDrops.inTable(table, 5514));
    }

    @Test
    void aPortWithNoSocketHasNoDrops() {
        assertEquals(0, KernelDrops.inTable(Stream.of("header", " 1: 00000000:63AA 00000000:0000 07 0:0 00:0 0 0 0 1 2 p 5"), 5514));
    }
}
