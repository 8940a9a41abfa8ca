package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.waymark.alerting.boundary.SyslogStatistics;

/** The syslog intake's counters. */
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
}
