package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.waymark.audit.boundary.SiemDestinations;
import org.waymark.audit.entity.SiemDestination;

/** Where the audit trail goes: the syslog receivers of the customer's SIEM. */
@Path("siem-destinations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiemDestinationsResource {

    public record DestinationView(long id, String name, String host, int port, String transport, String payload, boolean enabled,
                                  long sentUpTo, long waiting, Instant lastSentAt, String lastError, Instant lastErrorAt) {

        static DestinationView of(SiemDestinations.Status status) {
            SiemDestination d = status.destination();
            return new DestinationView(d.getId(), d.getName(), d.getHost(), d.getPort(), d.getTransport().name(), d.getPayload().name(),
                    d.isEnabled(), d.getSentUpTo(), status.waiting(), d.getLastSentAt(), d.getLastError(), d.getLastErrorAt());
        }
    }

    /** {@code wholeTrail}: send every record written so far first (default: only new ones). */
    public record NewDestination(String name, String host, Integer port, SiemDestination.Transport transport,
                                 SiemDestination.Payload payload, Boolean wholeTrail) {
    }

    @Inject
    SiemDestinations destinations;

    @GET
    public List<DestinationView> list() {
        return destinations.list().stream().map(DestinationView::of).toList();
    }

    @POST
    public Response add(NewDestination request) {
        if (request == null || request.port() == null) {
            return Problems.response(Response.Status.BAD_REQUEST, "The body must hold name, host, port, transport and payload.");
        }
        SiemDestination added = destinations.add(request.name(), request.host(), request.port(), request.transport(),
                request.payload() == null ? SiemDestination.Payload.CEF : request.payload(), Boolean.TRUE.equals(request.wholeTrail()));
        return Response.status(Response.Status.CREATED).entity(DestinationView.of(new SiemDestinations.Status(added, 0))).build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        destinations.setEnabled(id, true);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        destinations.setEnabled(id, false);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        destinations.remove(id);
        return Response.noContent().build();
    }
}
