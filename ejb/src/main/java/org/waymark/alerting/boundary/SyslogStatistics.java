package org.waymark.alerting.boundary;

import static org.waymark.access.entity.Permission.SOC_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.waymark.access.control.Requires;
import org.waymark.alerting.control.SyslogIntake;
import org.waymark.syslog.api.ParsedSyslog;

/** What the syslog intake has seen since start, for the SOC. */
@Stateless
public class SyslogStatistics {

    @Inject
    SyslogIntake intake;

    /** Counts since start: per source ({@code protocol address}), per format, and per kind of security event. */
    public record Snapshot(Map<String, Long> receivedBySource, Map<ParsedSyslog.Format, Long> receivedByFormat,
                           Map<String, Long> securityEvents) {
    }

    @Requires(SOC_VIEW)
    public Snapshot snapshot() {
        return new Snapshot(intake.receivedBySource(), intake.receivedByFormat(), intake.securityEvents());
    }
}
