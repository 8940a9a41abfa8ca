package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.waymark.alerting.boundary.SyslogStatistics;
import org.waymark.alerting.control.SyslogIntake;

/** The syslog intake's counters, and the messages it could not parse. */
@Path("syslog")
@Produces(MediaType.APPLICATION_JSON)
public class SyslogResource {

    @Inject
    SyslogStatistics statistics;

    @GET
    @Path("stats")
    public SyslogStatistics.Snapshot stats() {
        return statistics.snapshot();
    }

    /** The latest messages kept as unparsed on this node (the last 100, each cut to 2 KiB), newest first. */
    @GET
    @Path("unparsed")
    public List<SyslogIntake.Unparsed> unparsed() {
        return statistics.recentUnparsed();
    }
}
