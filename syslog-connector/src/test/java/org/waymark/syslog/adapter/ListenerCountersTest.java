package org.waymark.syslog.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.junit.jupiter.api.Test;

class ListenerCountersTest {

    @Test
    void eachSenderAddressHasItsOwnCountsAndTheListenerTheirSum() {
        ListenerCounters counters = new ListenerCounters();
        ListenerCounters.Source first = counters.source("10.0.0.1");
        counters.connection("10.0.0.1");
        counters.received(first, true, false);
        counters.received(first, false, true);
        counters.dropped("10.0.0.2");
        counters.refusedSource("192.0.2.66");
        counters.refusedConnection("10.0.0.1");

        SourceMetrics one = counters.getSources().get("10.0.0.1");
        assertEquals(2, one.getReceived());
        assertEquals(1, one.getParsed());
        assertEquals(1, one.getUnparsed());
        assertEquals(1, one.getTruncated());
        assertEquals(1, one.getConnections());
        assertEquals(1, one.getRefused());
        assertEquals(1, counters.getSources().get("10.0.0.2").getDropped());
        assertEquals(1, counters.getSources().get("192.0.2.66").getRefused());
        assertEquals(3, counters.getReceived());
        assertEquals(1, counters.getRefusedSources());
        assertEquals(1, counters.getRefusedConnections());
    }

    @Test
    void beyondTheLimitOfAddressesTheRestShareOneEntry() {
        ListenerCounters counters = new ListenerCounters();
        for (int i = 0; i < ListenerCounters.MAX_SOURCES + 10; i++) {
            counters.dropped("10.1." + (i / 256) + "." + (i % 256));
        }

        assertEquals(ListenerCounters.MAX_SOURCES + 1, counters.getSources().size());
        assertEquals(10, counters.getSources().get(ListenerCounters.OTHER_SOURCES).getDropped());
    }

    @Test
    void refusedSendersNeverFillMoreThanHalfTheTable() {
        ListenerCounters counters = new ListenerCounters();
        for (int i = 0; i < ListenerCounters.MAX_SOURCES; i++) {
            counters.refusedSource("192.0." + (i / 256) + "." + (i % 256));
        }
        counters.connection("10.0.0.1");

        assertEquals(ListenerCounters.MAX_SOURCES / 2 + 2, counters.getSources().size(), "half, the others' entry, and the allowed one");
        assertEquals(ListenerCounters.MAX_SOURCES / 2, counters.getSources().get(ListenerCounters.OTHER_SOURCES).getRefused());
        assertEquals(1, counters.getSources().get("10.0.0.1").getConnections());
    }

    @Test
    void jmxShowsThePerAddressCountsAsATable() throws Exception {
        ListenerCounters counters = new ListenerCounters();
        counters.received(counters.source("10.0.0.1"), true, false);
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName("org.waymark.syslog.test:type=Listener,name=counters-test");
        server.registerMBean(counters, name);
        try {
            TabularData sources = (TabularData) server.getAttribute(name, "Sources");
            CompositeData row = sources.get(new Object[] {"10.0.0.1"});
            assertEquals(1L, ((CompositeData) row.get("value")).get("received"));
        } finally {
            server.unregisterMBean(name);
        }
    }
}
