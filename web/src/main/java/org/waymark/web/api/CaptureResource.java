package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.waymark.authoring.boundary.Elements;
import org.waymark.authoring.entity.CapturedElement;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.authoring.CapturePush;

/**
 * Where a page in capture mode sends the element the author clicked: {@code {"token": "wmc_…",
 * "element": {descriptor}}}. The capture script sends it as text/plain, a request browsers send
 * across origins without a preflight: a preflight could not carry the token, so it could not tell
 * which system's pages may call. The service takes the element only from a page of the token's
 * system, on the origin the browser names, and only such a page is allowed to read the answer.
 * The element then appears in the author's open Editor at once, on whichever node it is open ({@link CapturePush}).
 */
@Path("capture")
@TokenAuthenticated
public class CaptureResource {

    @Inject
    Elements elements;

    @Inject
    CapturePush push;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    public Response capture(@HeaderParam("Origin") String origin, String body) {
        String expected = "{\"token\": \"…\", \"element\": {…}}";
        JsonObject request = JsonBodies.object(body, expected);
        if (request.isEmpty()) {
            throw Refusal.invalid("Expected " + expected + ".");
        }
        Elements.Captured captured = elements.accept(request.get("token") instanceof JsonString token ? token.getString() : null, origin,
                request.get("element") instanceof JsonObject element ? element : null);
        CapturedElement element = captured.element();
        push.captured(element.getUsername());
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("id", element.getId()).add("selector", element.getSelector()).build())
                .header("Access-Control-Allow-Origin", origin)
                .header("Vary", "Origin")
                .build();
    }

    /** No preflight is needed, and none is granted: the answer names no allowed origin, method or header. */
    @OPTIONS
    public Response preflight() {
        return Response.noContent().header("Vary", "Origin").build();
    }
}
