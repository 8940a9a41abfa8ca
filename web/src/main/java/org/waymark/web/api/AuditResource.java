package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.waymark.audit.boundary.AuditFilter;
import org.waymark.audit.boundary.AuditLog;
import org.waymark.audit.control.ChainVerification;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;

/** The audit trail: search, CSV export and verification of the hash chain. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record EventView(long id, Instant occurredAt, String actor, String action, String outcome, String sourceAddress,
                            String userAgent, String target, String detail, String hash) {

        static EventView of(AuditEvent e) {
            return new EventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getOutcome().name(), e.getSourceAddress(),
                    e.getUserAgent(), e.getTarget(), e.getDetail(), e.getHash());
        }
    }

    public record Page(long total, int first, List<EventView> events) {
    }

    public record Verification(boolean valid, Long firstBrokenId, String problem, long recordsChecked, long millis) {

        static Verification of(ChainVerification v) {
            return new Verification(v.valid(), v.firstBrokenId(), v.problem(), v.recordsChecked(), v.millis());
        }
    }

    @Inject
    AuditLog log;

    @GET
    public Page search(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                       @QueryParam("sourceAddress") String sourceAddress, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max,
                       @QueryParam("sort") @DefaultValue("id") String sort, @QueryParam("order") @DefaultValue("desc") String order) {
        AuditFilter filter = filter(actor, action, outcome, sourceAddress, from, to);
        List<EventView> events = log.search(filter, first, max, sort, "asc".equalsIgnoreCase(order)).stream().map(EventView::of).toList();
        return new Page(log.count(filter), first, events);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                           @QueryParam("sourceAddress") String sourceAddress, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = filter(actor, action, outcome, sourceAddress, from, to);
        StreamingOutput body = out -> log.exportCsv(filter, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    @GET
    @Path("verify")
    public Verification verify() {
        return Verification.of(log.verify());
    }

    private static AuditFilter filter(String actor, String action, String outcome, String sourceAddress, String from, String to) {
        try {
            return new AuditFilter(actor, action, outcome == null || outcome.isBlank() ? null : AuditOutcome.valueOf(outcome.strip()),
                    sourceAddress, QueryParameters.instant(from), QueryParameters.instant(to));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("The outcome is SUCCESS or FAILURE.");
        }
    }
}
