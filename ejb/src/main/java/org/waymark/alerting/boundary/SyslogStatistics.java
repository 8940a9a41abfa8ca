package org.waymark.alerting.boundary;

import static org.waymark.access.entity.Permission.SOC_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.waymark.access.control.Requires;
import org.waymark.alerting.control.ListenerCounts;
import org.waymark.alerting.control.RuleState;
import org.waymark.alerting.control.SyslogIntake;
import org.waymark.syslog.api.ParsedSyslog;

/** What the syslog intake has seen since start, for the SOC. */
@Stateless
public class SyslogStatistics {

    @Inject
    SyslogIntake intake;

    /**
     * Counts since start: per source ({@code protocol address}: received), per format, per kind of
     * security event, per listener ({@code tcp 0.0.0.0:5514}: received, parsed, unparsed,
     * truncated, delivered, undelivered, dropped, connections, refused connections and sources,
     * failed TLS handshakes, RELP protocol errors, messages the sender's stream ended in,
     * connections closed for silence or broken by the peer, UDP datagrams the kernel dropped), per
     * listener and sender address (received, parsed, unparsed, truncated, dropped, refused,
     * connections), how often the extractors or rules failed (the database refused an alert) or an
     * analyst's extractor gave up on a line, and how many windows the rules hold now (bounded by
     * DAP_ALERT_MAX_KEYS per rule and node).
     */
    public record Snapshot(Map<String, Long> receivedBySource, Map<ParsedSyslog.Format, Long> receivedByFormat,
                           Map<String, Long> securityEvents, Map<String, Map<String, Long>> listeners,
                           Map<String, Map<String, Map<String, Long>>> sources, long ruleFailures, long extractorsTooSlow, long ruleWindows) {
    }

    @Inject
    RuleState ruleState;

    @Requires(SOC_VIEW)
    public Snapshot snapshot() {
        ListenerCounts counts = ListenerCounts.read();
        return new Snapshot(counts.receivedBySource(), intake.receivedByFormat(), intake.securityEvents(), counts.listeners(),
                counts.sources(), intake.ruleFailures(), intake.extractorsTooSlow(), ruleState.windows());
    }

    /** The latest messages no syslog format fitted, on this node, newest first: they are counted, and here they can be read. */
    @Requires(SOC_VIEW)
    public List<SyslogIntake.Unparsed> recentUnparsed() {
        return intake.recentUnparsed();
    }
}
