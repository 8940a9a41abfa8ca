package org.waymark.alerting.boundary;

import static org.waymark.access.entity.Permission.SOC_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.waymark.access.control.Requires;
import org.waymark.alerting.control.RuleState;
import org.waymark.alerting.control.SyslogIntake;
import org.waymark.syslog.api.ParsedSyslog;

/** What the syslog intake has seen since start, for the SOC. */
@Stateless
public class SyslogStatistics {

    /** Where the resource adapter publishes each listener's counters. */
    private static final String LISTENERS = "org.waymark.syslog:type=Listener,*";

    @Inject
    SyslogIntake intake;

    /**
     * Counts since start: per source ({@code protocol address}), per format, per kind of security
     * event, and per listener ({@code tcp 0.0.0.0:5514}: received, parsed, unparsed, truncated,
     * delivered, undelivered, dropped, connections, refused connections and sources, failed TLS
     * handshakes, RELP protocol errors, messages the sender's stream ended in, connections closed
     * for silence or broken by the peer, UDP datagrams the kernel dropped), how often the
     * extractors or rules failed (the database refused an alert) or an analyst's extractor gave up
     * on a line, and how many windows the rules hold now (bounded by DAP_ALERT_MAX_KEYS per rule
     * and node).
     */
    public record Snapshot(Map<String, Long> receivedBySource, Map<ParsedSyslog.Format, Long> receivedByFormat,
                           Map<String, Long> securityEvents, Map<String, Map<String, Long>> listeners, long ruleFailures,
                           long extractorsTooSlow, long ruleWindows) {
    }

    @Inject
    RuleState ruleState;

    @Requires(SOC_VIEW)
    public Snapshot snapshot() {
        return new Snapshot(intake.receivedBySource(), intake.receivedByFormat(), intake.securityEvents(), listeners(), intake.ruleFailures(),
                intake.extractorsTooSlow(), ruleState.windows());
    }

    /** The latest messages no syslog format fitted, on this node, newest first: they are counted, and here they can be read. */
    @Requires(SOC_VIEW)
    public List<SyslogIntake.Unparsed> recentUnparsed() {
        return intake.recentUnparsed();
    }

    private static Map<String, Map<String, Long>> listeners() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Map<String, Long>> listeners = new TreeMap<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(LISTENERS), null)) {
                String[] attributes = Arrays.stream(server.getMBeanInfo(name).getAttributes()).map(MBeanAttributeInfo::getName)
                        .toArray(String[]::new);
                Map<String, Long> counters = new LinkedHashMap<>();
                for (Attribute attribute : server.getAttributes(name, attributes).asList()) {
                    String key = Character.toLowerCase(attribute.getName().charAt(0)) + attribute.getName().substring(1);
                    counters.put(key, ((Number) attribute.getValue()).longValue());
                }
                listeners.put(ObjectName.unquote(name.getKeyProperty("name")), counters);
            }
        } catch (JMException e) {
            throw new IllegalStateException("cannot read the syslog listeners' counters from JMX", e);
        }
        return listeners;
    }
}
