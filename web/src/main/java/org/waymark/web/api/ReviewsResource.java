package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.waymark.authoring.boundary.Items;
import org.waymark.authoring.control.JsonDiff.FieldChange;

/** The review queue: what waits for the caller's review, with the changes since the last approved revision. */
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    public record WaitingView(JsonObject item, String submittedBy, Instant submittedAt, List<FieldChange> changes) {
    }

    @Inject
    Items items;

    @GET
    public List<WaitingView> queue() {
        return items.reviewQueue().stream().map(waiting -> new WaitingView(ItemsResource.view(waiting.item()),
                waiting.revision().getSubmittedBy(), waiting.revision().getSubmittedAt(), waiting.changes())).toList();
    }
}
