package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.waymark.authoring.boundary.ItemFilter;
import org.waymark.authoring.boundary.Items;
import org.waymark.authoring.control.ItemJson;
import org.waymark.authoring.control.JsonDiff.FieldChange;
import org.waymark.authoring.entity.ContentItem;
import org.waymark.authoring.entity.ContentRevision;
import org.waymark.authoring.entity.ItemState;
import org.waymark.authoring.entity.ItemType;
import org.waymark.authoring.entity.ReviewDecision;
import org.waymark.common.boundary.Refusal;

/**
 * A system's authored items. An item reads and writes as one JSON object: its document (type,
 * name, steps, …, as {@link ItemJson} defines it) and, read-only, its id, owner, state and
 * revision. A PUT that carries the {@code revision} it was read at is refused when a later one
 * exists, so that no one overwrites a colleague's save unseen.
 */
@Path("systems/{key}/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource {

    /** A line of the content list. */
    public record ItemSummary(long id, ItemType type, String name, String description, Set<String> tags, String owner, ItemState state,
                              int revision, Integer approvedRevision, Instant updatedAt, String updatedBy) {

        static ItemSummary of(ContentItem i) {
            return new ItemSummary(i.getId(), i.getType(), i.getName(), i.getDescription(), i.getTags(), i.getOwner(), i.getState(),
                    i.getLatestRevision(), i.getApprovedRevision(), i.getUpdatedAt(), i.getUpdatedBy());
        }
    }

    public record Page(long total, int first, List<ItemSummary> items) {
    }

    public record RevisionView(int number, String author, Instant createdAt, String note, String submittedBy, Instant submittedAt,
                               ReviewDecision decision, String reviewedBy, Instant reviewedAt, String reviewComment, boolean approved,
                               List<FieldChange> changes) {

        static RevisionView of(Items.HistoryEntry entry) {
            ContentRevision r = entry.revision();
            return new RevisionView(r.getNumber(), r.getAuthor(), r.getCreatedAt(), r.getNote(), r.getSubmittedBy(), r.getSubmittedAt(),
                    r.getDecision(), r.getReviewedBy(), r.getReviewedAt(), r.getReviewComment(), entry.approved(), entry.changes());
        }
    }

    @Inject
    Items items;

    /**
     * @param q     words in the name or description
     * @param sort  NAME, TYPE, STATE, OWNER or UPDATED (the default, newest first)
     * @param order asc or desc
     */
    @GET
    public Page list(@PathParam("key") String key, @QueryParam("type") List<String> type, @QueryParam("state") List<String> state,
                     @QueryParam("q") String q, @QueryParam("tag") String tag, @QueryParam("owner") String owner,
                     @QueryParam("sort") @DefaultValue("UPDATED") String sort, @QueryParam("order") String order,
                     @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        ItemFilter filter = new ItemFilter(QueryParameters.values(ItemType.class, "type", type),
                QueryParameters.values(ItemState.class, "state", state), q, tag, owner);
        ItemFilter.Sort by = QueryParameters.values(ItemFilter.Sort.class, "sort", List.of(sort)).stream().findFirst()
                .orElse(ItemFilter.Sort.UPDATED);
        boolean descending = order == null || order.isBlank() ? by == ItemFilter.Sort.UPDATED : switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw Refusal.invalid("order is asc or desc, not " + order.strip() + ".");
        };
        Items.Page page = items.list(key, filter, by, descending, first, max);
        return new Page(page.total(), first, page.items().stream().map(ItemSummary::of).toList());
    }

    @POST
    public Response create(@PathParam("key") String key, JsonObject body) {
        Items.Item created = items.create(key, ItemJson.read(required(body)));
        return Response.created(UriBuilder.fromResource(ItemsResource.class).path("{id}").build(key, created.item().getId()))
                .entity(view(created)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("key") String key, @PathParam("id") long id) {
        return view(items.get(key, id));
    }

    @PUT
    @Path("{id}")
    public JsonObject change(@PathParam("key") String key, @PathParam("id") long id, JsonObject body) {
        Integer basedOn = required(body).get("revision") instanceof JsonNumber number ? number.intValue() : null;
        return view(items.change(key, id, ItemJson.read(body), basedOn));
    }

    /** The texts of one other locale by their ids, as a Translator gives them; the rest of the item stays. */
    @PUT
    @Path("{id}/translations/{locale}")
    public JsonObject translate(@PathParam("key") String key, @PathParam("id") long id, @PathParam("locale") String locale,
                                @QueryParam("revision") Integer basedOn, JsonObject body) {
        Map<String, String> texts = new LinkedHashMap<>();
        required(body).forEach((textId, value) -> {
            if (!(value instanceof JsonString text)) {
                throw Refusal.invalid(textId + ": a text.");
            }
            texts.put(textId, text.getString());
        });
        return view(items.translate(key, id, locale, texts, basedOn));
    }

    public record Owner(String owner) {
    }

    /** Hands the item to another author who may edit content in the system. */
    @PUT
    @Path("{id}/owner")
    public JsonObject handOver(@PathParam("key") String key, @PathParam("id") long id, Owner body) {
        return view(items.handOver(key, id, body == null ? null : body.owner()));
    }

    @POST
    @Path("{id}/submit")
    public JsonObject submit(@PathParam("key") String key, @PathParam("id") long id) {
        return view(items.submit(key, id));
    }

    @POST
    @Path("{id}/approve")
    public JsonObject approve(@PathParam("key") String key, @PathParam("id") long id, String body) {
        Review review = review(body);
        return view(items.approve(key, id, review.comment(), review.revision()));
    }

    @POST
    @Path("{id}/reject")
    public JsonObject reject(@PathParam("key") String key, @PathParam("id") long id, String body) {
        Review review = review(body);
        return view(items.reject(key, id, review.comment(), review.revision()));
    }

    /** Newest first, each with its field-level changes against the revision before it. */
    @GET
    @Path("{id}/revisions")
    public List<RevisionView> history(@PathParam("key") String key, @PathParam("id") long id) {
        return items.history(key, id).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("{id}/revisions/{number}")
    public JsonObject revision(@PathParam("key") String key, @PathParam("id") long id, @PathParam("number") int number) {
        return ItemJson.write(items.revision(key, id, number));
    }

    /** A new draft with that revision's document. */
    @POST
    @Path("{id}/revisions/{number}/restore")
    public JsonObject restore(@PathParam("key") String key, @PathParam("id") long id, @PathParam("number") int number) {
        return view(items.restore(key, id, number));
    }

    static JsonObject view(Items.Item item) {
        ContentItem i = item.item();
        JsonObjectBuilder view = Json.createObjectBuilder()
                .add("id", i.getId())
                .add("system", item.systemKey())
                .add("owner", i.getOwner())
                .add("state", i.getState().name())
                .add("revision", i.getLatestRevision());
        if (i.getApprovedRevision() != null) {
            view.add("approvedRevision", i.getApprovedRevision());
        }
        view.add("createdAt", i.getCreatedAt().toString()).add("updatedAt", i.getUpdatedAt().toString()).add("updatedBy", i.getUpdatedBy());
        ItemJson.write(item.document()).forEach(view::add);
        return view.build();
    }

    /** A review's comment and the revision reviewed, both optional for an approval. */
    private record Review(String comment, Integer revision) {
    }

    /** {"comment": "…", "revision": 3}; approving may send no body at all, which a bound record would refuse. */
    private static Review review(String body) {
        String expected = "{\"comment\": \"…\", \"revision\": n} or nothing";
        JsonObject review = JsonBodies.object(body, expected);
        JsonValue revision = review.getOrDefault("revision", JsonValue.NULL);
        if (revision != JsonValue.NULL && !(revision instanceof JsonNumber number && number.isIntegral())) {
            throw Refusal.invalid("revision: the number of the revision reviewed; the body is " + expected + ".");
        }
        return new Review(review.get("comment") instanceof JsonString comment ? comment.getString() : null,
                revision instanceof JsonNumber number ? number.intValueExact() : null);
    }

    private static JsonObject required(JsonObject body) {
        if (body == null) {
            throw Refusal.invalid("The body is the item as a JSON object: type, name and the fields of its type.");
        }
        return body;
    }
}
