package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.waymark.authoring.boundary.ContentExchange;
import org.waymark.authoring.control.Xliff;

/** A system's content in and out: its texts as XLIFF 2.0, and all of it as one JSON document. Imports are all or nothing. */
@Path("systems/{key}/exchange")
public class ExchangeResource {

    @Inject
    ContentExchange exchange;

    @GET
    @Path("xliff")
    @Produces(Xliff.MEDIA_TYPE)
    public Response exportXliff(@PathParam("key") String key, @QueryParam("source") @DefaultValue("en") String source,
                                @QueryParam("target") String target) {
        return Response.ok(exchange.exportXliff(key, source, target))
                .header("Content-Disposition", "attachment; filename=\"" + key + "-" + target + ".xlf\"").build();
    }

    @POST
    @Path("xliff")
    @Consumes({Xliff.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    public ContentExchange.Imported importXliff(@PathParam("key") String key, String xliff) {
        return exchange.importXliff(key, xliff);
    }

    @GET
    @Path("json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response exportJson(@PathParam("key") String key) {
        return Response.ok(exchange.exportJson(key)).header("Content-Disposition", "attachment; filename=\"" + key + "-content.json\"")
                .build();
    }

    @POST
    @Path("json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ContentExchange.Imported importJson(@PathParam("key") String key, JsonObject export) {
        return exchange.importJson(key, export);
    }
}
