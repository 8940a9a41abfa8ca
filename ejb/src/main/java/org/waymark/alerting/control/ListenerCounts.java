package org.waymark.alerting.control;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The syslog listeners' counters as the resource adapter publishes them in JMX, read through the
 * platform MBean server (the application sees the adapter only as its message-driven beans' caller).
 *
 * @param listeners per listener ({@code tcp 0.0.0.0:5514}), each counter by name
 * @param sources   per listener and sender address, each counter by name
 */
public record ListenerCounts(Map<String, Map<String, Long>> listeners, Map<String, Map<String, Map<String, Long>>> sources) {

    /** Where the resource adapter publishes each listener's counters. */
    private static final String LISTENERS = "org.waymark.syslog:type=Listener,*";

    /** Each listener's counters and, from its {@code Sources} table, each sender address's, as they are now. */
    public static ListenerCounts read() {
        Map<String, Map<String, Long>> listeners = new TreeMap<>();
        Map<String, Map<String, Map<String, Long>>> sources = new TreeMap<>();
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(LISTENERS), null)) {
                String listener = ObjectName.unquote(name.getKeyProperty("name"));
                String[] attributes = Arrays.stream(server.getMBeanInfo(name).getAttributes()).map(MBeanAttributeInfo::getName)
                        .toArray(String[]::new);
                Map<String, Long> counters = new LinkedHashMap<>();
                for (Attribute attribute : server.getAttributes(name, attributes).asList()) {
                    if (attribute.getValue() instanceof TabularData bySource) {
                        sources.put(listener, bySource(bySource));
                    } else {
                        counters.put(lowerFirst(attribute.getName()), ((Number) attribute.getValue()).longValue());
                    }
                }
                listeners.put(listener, counters);
            }
        } catch (JMException e) {
            throw new IllegalStateException("cannot read the syslog listeners' counters from JMX", e);
        }
        return new ListenerCounts(listeners, sources);
    }

    /** Messages received per {@code protocol address} ("udp 10.0.0.7"), over the listeners of each protocol. */
    public Map<String, Long> receivedBySource() {
        Map<String, Long> received = new TreeMap<>();
        sources.forEach((listener, byAddress) -> {
            String protocol = listener.substring(0, listener.indexOf(' '));
            byAddress.forEach((address, counts) -> received.merge(protocol + " " + address, counts.get("received"), Long::sum));
        });
        return received;
    }

    /** The JMX form of a map from address to counters: rows of a key and a composite value. */
    private static Map<String, Map<String, Long>> bySource(TabularData table) {
        Map<String, Map<String, Long>> sources = new TreeMap<>();
        for (Object row : table.values()) {
            CompositeData entry = (CompositeData) row;
            CompositeData value = (CompositeData) entry.get("value");
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String item : value.getCompositeType().keySet()) {
                counts.put(item, ((Number) value.get(item)).longValue());
            }
            sources.put((String) entry.get("key"), counts);
        }
        return sources;
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
