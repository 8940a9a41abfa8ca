package org.waymark.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details, the one error format of the REST API. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static String json(int status, String title, String detail) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .build()
                .toString();
    }

    public static Response response(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE)
                .entity(json(status.getStatusCode(), status.getReasonPhrase(), detail))
                .build();
    }

    public static Response response(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type == null ? Response.status(status).type(MEDIA_TYPE).entity(json(status, "Error", detail)).build()
                : response(type, detail);
    }
}
