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
import org.waymark.alerting.boundary.NotificationChannels;
import org.waymark.alerting.entity.NotificationChannel;
import org.waymark.alerting.entity.Severity;
import org.waymark.common.boundary.Refusal;

/** Where new alerts and severity raises are sent: e-mail and webhooks. */
@Path("notification-channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationChannelsResource {

    /**
     * The secret never leaves the server ({@code signed} says whether there is one), nor does a
     * webhook's path and query, which often hold its credential.
     */
    public record ChannelView(long id, String name, String kind, String target, boolean signed, String minSeverity, boolean enabled,
                              Instant lastSentAt, String lastError, Instant lastErrorAt) {

        static ChannelView of(NotificationChannel c) {
            return new ChannelView(c.getId(), c.getName(), c.getKind().name(), c.getDisplayTarget(), c.getSecret() != null, c.getMinSeverity().name(),
                    c.isEnabled(), c.getLastSentAt(), c.getLastError(), c.getLastErrorAt());
        }
    }

    public record NewChannel(String name, NotificationChannel.Kind kind, String target, String secret, Severity minSeverity) {
    }

    @Inject
    NotificationChannels channels;

    @GET
    public List<ChannelView> list() {
        return channels.list().stream().map(ChannelView::of).toList();
    }

    @POST
    public Response add(NewChannel request) {
        if (request == null) {
            throw Refusal.invalid("The body holds name, kind, target, minSeverity and, for webhooks, an optional secret.");
        }
        NotificationChannel added = channels.add(request.name(), request.kind(), request.target(), request.secret(), request.minSeverity());
        return Response.status(Response.Status.CREATED).entity(ChannelView.of(added)).build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        channels.setEnabled(id, true);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        channels.setEnabled(id, false);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        channels.remove(id);
        return Response.noContent().build();
    }
}
