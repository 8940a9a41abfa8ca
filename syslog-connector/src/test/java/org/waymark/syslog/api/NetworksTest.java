package org.waymark.syslog.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class NetworksTest {

    @Test
    void ipv4AndIpv6BlocksWithAnyPrefix() throws UnknownHostException {
        Networks networks = Networks.parse("10.0.0.0/8, 192.168.1.128/25 2001:db8::/33,127.0.0.1");

        assertTrue(networks.allows(InetAddress.getByName("10.255.1.2")));
        assertTrue(networks.allows(InetAddress.getByName("192.168.1.200")));
        assertFalse(networks.allows(InetAddress.getByName("192.168.1.100")));
        assertTrue(networks.allows(InetAddress.getByName("2001:db8:7fff::1")));
        assertFalse(networks.allows(InetAddress.getByName("2001:db8:8000::1")));
        assertTrue(networks.allows(InetAddress.getByName("127.0.0.1")));
        assertFalse(networks.allows(InetAddress.getByName("127.0.0.2")));
    }

    @Test
    void noneListedAllowsEveryAddress() throws UnknownHostException {
        assertTrue(Networks.parse(" ").allows(InetAddress.getByName("203.0.113.9")));
    }

    @Test
    void aWrongBlockIsRefusedWithItsText() {
        assertEquals("'10.0.0.0/33' has a prefix length beyond 32",
                assertThrows(IllegalArgumentException.class, () -> Networks.parse("10.0.0.0/33")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Networks.parse("intranet.example/16"));
        assertThrows(IllegalArgumentException.class, () -> Networks.parse("10.0.0.0/x"));
    }
}
