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
import org.waymark.alerting.boundary.CustomExtractors;
import org.waymark.alerting.control.SecurityEvent;
import org.waymark.alerting.entity.CustomExtractor;
import org.waymark.common.boundary.Refusal;

/** The analysts' own extractors for log formats the built-in ones do not read. */
@Path("extractors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtractorsResource {

    public record ExtractorView(long id, String name, String pattern, String type, String outcome, String application, boolean enabled,
                                String createdBy, Instant createdAt) {

        static ExtractorView of(CustomExtractor e) {
            return new ExtractorView(e.getId(), e.getName(), e.getPattern(), e.getEventType(), e.getOutcome(), e.getApplication(),
                    e.isEnabled(), e.getCreatedBy(), e.getCreatedAt());
        }
    }

    /** {@code outcome}: SUCCESS or FAILURE for every match; leave it out when the pattern captures (?<outcome>…). */
    public record NewExtractor(String name, String pattern, String type, String outcome, String application, String sample) {
    }

    public record Trial(String pattern, String type, String outcome, String application, String sample) {
    }

    /** What a sample line became: {@code matched} false when the expression did not match it. */
    public record TrialResult(boolean matched, String type, String outcome, String user, String sourceAddress) {
    }

    @Inject
    CustomExtractors extractors;

    @GET
    public List<ExtractorView> list() {
        return extractors.list().stream().map(ExtractorView::of).toList();
    }

    @POST
    public Response add(NewExtractor request) {
        if (request == null) {
            throw Refusal.invalid("The body holds name, pattern, type, a sample line it reads and, unless the pattern captures it, outcome.");
        }
        CustomExtractor added = extractors.add(request.name(), request.pattern(), request.type(), request.outcome(), request.application(),
                request.sample());
        return Response.status(Response.Status.CREATED).entity(ExtractorView.of(added)).build();
    }

    @POST
    @Path("test")
    public TrialResult test(Trial trial) {
        if (trial == null) {
            throw Refusal.invalid("The body holds pattern, type, outcome (unless captured) and a sample line.");
        }
        return extractors.test(trial.pattern(), trial.type(), trial.outcome(), trial.application(), trial.sample())
                .map(ExtractorsResource::result)
                .orElse(new TrialResult(false, null, null, null, null));
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        extractors.setEnabled(id, true);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        extractors.setEnabled(id, false);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        extractors.remove(id);
        return Response.noContent().build();
    }

    private static TrialResult result(SecurityEvent event) {
        return new TrialResult(true, event.type().name(), event.outcome().name(), event.user(), event.sourceAddress());
    }
}
