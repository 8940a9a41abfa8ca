package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.waymark.authoring.boundary.Elements;
import org.waymark.authoring.control.ItemJson;
import org.waymark.authoring.entity.LibraryElement;
import org.waymark.common.boundary.Refusal;

/** A system's element library: named element descriptors that steps, tips and launchers reuse. */
@Path("systems/{key}/elements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElementsResource {

    public record NewElement(String name, JsonObject descriptor) {
    }

    @Inject
    Elements elements;

    @GET
    public List<JsonObject> library(@PathParam("key") String key) {
        return elements.library(key).stream().map(ElementsResource::view).toList();
    }

    @POST
    public Response add(@PathParam("key") String key, NewElement body) {
        if (body == null) {
            throw Refusal.invalid("The body holds the element's name and its descriptor (selector, tag, matchCount, pageUrl, …).");
        }
        LibraryElement added = elements.add(key, body.name(), body.descriptor());
        return Response.created(UriBuilder.fromResource(ElementsResource.class).path("{id}").build(key, added.getId()))
                .entity(view(added)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("key") String key, @PathParam("id") long id) {
        return view(elements.get(key, id));
    }

    public record Renaming(String name) {
    }

    @PUT
    @Path("{id}")
    public JsonObject rename(@PathParam("key") String key, @PathParam("id") long id, Renaming body) {
        return view(elements.rename(key, id, body == null ? null : body.name()));
    }

    /** Refused (409) while an item's latest or approved revision points at it. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("key") String key, @PathParam("id") long id) {
        elements.remove(key, id);
        return Response.noContent().build();
    }

    static JsonObject view(LibraryElement e) {
        return Json.createObjectBuilder().add("id", e.getId()).add("name", e.getName()).add("selector", e.getSelector())
                .add("descriptor", parse(e.getDescriptor())).add("createdBy", e.getCreatedBy()).add("createdAt", e.getCreatedAt().toString())
                .build();
    }

    static JsonObject parse(String json) {
        return ItemJson.parse(json);
    }
}
