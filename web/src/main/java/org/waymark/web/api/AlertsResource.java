package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.waymark.alerting.boundary.AlertFilter;
import org.waymark.alerting.boundary.Alerts;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.AlertEvidence;
import org.waymark.alerting.entity.AlertNote;
import org.waymark.alerting.entity.AlertStatus;
import org.waymark.alerting.entity.Classification;
import org.waymark.alerting.entity.DetectionRule;
import org.waymark.alerting.entity.Severity;
import org.waymark.common.boundary.Refusal;

/** The SOC's alert queue and its triage. */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertsResource {

    public record AlertView(long id, String rule, String title, String severity, String technique, String user, String address, String host,
                            String summary, Instant firstSeen, Instant lastSeen, long count, String status, String classification,
                            String assignee, Instant createdAt, Instant updatedAt) {

        static AlertView of(Alert a) {
            return new AlertView(a.getId(), a.getRule().name(), a.getRule().title(), a.getSeverity().name(), a.getTechnique(), a.getUser(),
                    a.getAddress(), a.getHost(), a.getSummary(), a.getFirstSeen(), a.getLastSeen(), a.getCount(), a.getStatus().name(),
                    a.getClassification() == null ? null : a.getClassification().name(), a.getAssignee(), a.getCreatedAt(), a.getUpdatedAt());
        }
    }

    public record EventView(Instant occurredAt, String host, String application, String type, String outcome, String user,
                            String sourceAddress, String raw) {

        static EventView of(AlertEvidence e) {
            return new EventView(e.getOccurredAt(), e.getHost(), e.getApplication(), e.getType(), e.getOutcome(), e.getUser(),
                    e.getSourceAddress(), e.getRaw());
        }
    }

    public record NoteView(long id, String author, Instant writtenAt, String text) {

        static NoteView of(AlertNote n) {
            return new NoteView(n.getId(), n.getAuthor(), n.getWrittenAt(), n.getText());
        }
    }

    public record DetailsView(AlertView alert, List<EventView> events, List<NoteView> notes) {
    }

    public record Page(long total, int first, List<AlertView> alerts) {
    }

    public record Assignment(String assignee) {
    }

    public record Resolution(Classification classification, String note) {
    }

    public record NewNote(String text) {
    }

    @Inject
    Alerts alerts;

    /** Filters take one or more values each, repeated or separated by commas: {@code ?status=NEW,ACKNOWLEDGED&severity=HIGH}. */
    @GET
    public Page search(@QueryParam("status") List<String> status, @QueryParam("severity") List<String> severity,
                       @QueryParam("rule") List<String> rule, @QueryParam("entity") String entity, @QueryParam("from") String from,
                       @QueryParam("to") String to, @QueryParam("first") @DefaultValue("0") int first,
                       @QueryParam("max") @DefaultValue("50") int max) {
        AlertFilter filter = new AlertFilter(QueryParameters.values(AlertStatus.class, "status", status), QueryParameters.values(Severity.class, "severity", severity),
                QueryParameters.values(DetectionRule.class, "rule", rule), entity, QueryParameters.instant(from), QueryParameters.instant(to));
        return new Page(alerts.count(filter), first, alerts.search(filter, first, max).stream().map(AlertView::of).toList());
    }

    @GET
    @Path("{id}")
    public DetailsView find(@PathParam("id") long id) {
        Alerts.Details details = alerts.find(id);
        return new DetailsView(AlertView.of(details.alert()), details.events().stream().map(EventView::of).toList(),
                details.notes().stream().map(NoteView::of).toList());
    }

    @POST
    @Path("{id}/acknowledge")
    public AlertView acknowledge(@PathParam("id") long id) {
        return AlertView.of(alerts.acknowledge(id));
    }

    @POST
    @Path("{id}/assign")
    public AlertView assign(@PathParam("id") long id, Assignment assignment) {
        if (assignment == null || assignment.assignee() == null) {
            throw Refusal.invalid("The body names the assignee: {\"assignee\": \"username\"}.");
        }
        return AlertView.of(alerts.assign(id, assignment.assignee()));
    }

    @POST
    @Path("{id}/resolve")
    public AlertView resolve(@PathParam("id") long id, Resolution resolution) {
        if (resolution == null) {
            throw Refusal.invalid("The body holds the classification (TRUE_POSITIVE, BENIGN or FALSE_POSITIVE) and an optional note.");
        }
        return AlertView.of(alerts.resolve(id, resolution.classification(), resolution.note()));
    }

    @POST
    @Path("{id}/notes")
    public Response addNote(@PathParam("id") long id, NewNote note) {
        AlertNote added = alerts.addNote(id, note == null ? null : note.text());
        return Response.status(Response.Status.CREATED).entity(NoteView.of(added)).build();
    }
}
