package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import org.waymark.authoring.boundary.Elements;
import org.waymark.authoring.entity.CapturedElement;
import org.waymark.authoring.entity.LibraryElement;

/** Element capture in a system: start one (a token), read the inbox of what arrived, file an element in the library. */
@Path("systems/{key}/captures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapturesResource {

    public record Filing(String name) {
    }

    /** The token goes into the page's address: {@code https://app.example.com/page#waymark-capture=<token>} ({@code pageUrl}). */
    public record CaptureView(String token, Instant expiresAt, String pageUrl) {
    }

    public record CapturedView(long id, Instant capturedAt, String pageUrl, String selector, JsonObject descriptor) {

        static CapturedView of(CapturedElement c) {
            return new CapturedView(c.getId(), c.getCapturedAt(), c.getPageUrl(), c.getSelector(), ElementsResource.parse(c.getDescriptor()));
        }
    }

    @Inject
    Elements elements;

    /** A capture token for this system and the caller, to put in the page's address as #waymark-capture=…; body optional. */
    @POST
    public Response startCapture(@PathParam("key") String key, String body) {
        String page = JsonBodies.object(body, "{\"page\": \"https://…\"} or nothing").get("page") instanceof JsonString given
                ? given.getString() : null;
        Elements.CaptureStart start = elements.startCapture(key, page);
        return Response.status(Response.Status.CREATED).entity(new CaptureView(start.token(), start.expiresAt(), start.pageUrl())).build();
    }

    @GET
    public List<CapturedView> inbox(@PathParam("key") String key) {
        return elements.inbox(key).stream().map(CapturedView::of).toList();
    }

    /** Removes a captured element from the caller's inbox. */
    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("key") String key, @PathParam("id") long id) {
        elements.discardCaptured(key, id);
        return Response.noContent().build();
    }

    /** Names a captured element and adds it to the library; without a name, under one taken from what it shows. */
    @POST
    @Path("{id}/file")
    public Response file(@PathParam("key") String key, @PathParam("id") long id, Filing body) {
        LibraryElement filed = elements.fileCaptured(key, id, body == null ? null : body.name());
        return Response.created(UriBuilder.fromResource(ElementsResource.class).path("{id}").build(key, filed.getId()))
                .entity(ElementsResource.view(filed)).build();
    }
}
