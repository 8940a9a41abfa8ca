package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.waymark.authoring.boundary.Systems;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.common.boundary.Refusal;
import org.waymark.web.authoring.Snippets;

/** The target web applications content is authored for, with the snippet each environment pastes. */
@Path("systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SystemsResource {

    /** {@code snippets}: per environment, the line the target application embeds. */
    public record SystemView(long id, String key, String name, List<String> urlPatterns, List<String> environments,
                             Map<String, String> snippets, String createdBy, Instant createdAt, Instant updatedAt) {
    }

    /** {@code environments}: leave it out for test and production. */
    public record NewSystem(String key, String name, List<String> urlPatterns, List<String> environments) {
    }

    public record SystemChange(String name, List<String> urlPatterns, List<String> environments) {
    }

    public record PatternTrialRequest(List<String> urlPatterns, String url) {
    }

    @Inject
    Systems systems;

    @Inject
    Snippets snippets;

    @Context
    HttpServletRequest request;

    @GET
    public List<SystemView> list() {
        return systems.list().stream().map(this::view).toList();
    }

    @POST
    public Response create(NewSystem body) {
        if (body == null) {
            throw Refusal.invalid("The body holds key, name, urlPatterns and, optionally, environments.");
        }
        TargetSystem created = systems.create(body.key(), body.name(), body.urlPatterns(), body.environments());
        return Response.created(UriBuilder.fromResource(SystemsResource.class).path(created.getKey()).build()).entity(view(created)).build();
    }

    @GET
    @Path("{key}")
    public SystemView get(@PathParam("key") String key) {
        return view(systems.get(key));
    }

    @PUT
    @Path("{key}")
    public SystemView change(@PathParam("key") String key, SystemChange body) {
        if (body == null) {
            throw Refusal.invalid("The body holds name, urlPatterns and environments.");
        }
        return view(systems.change(key, body.name(), body.urlPatterns(), body.environments()));
    }

    /** Which of the patterns take the example URL, as the form tries them live. Nothing is saved. */
    @POST
    @Path("url-patterns/test")
    public List<Systems.PatternTrial> tryPatterns(PatternTrialRequest body) {
        if (body == null) {
            throw Refusal.invalid("The body holds urlPatterns and an example url.");
        }
        return systems.tryPatterns(body.urlPatterns(), body.url());
    }

    private SystemView view(TargetSystem system) {
        return new SystemView(system.getId(), system.getKey(), system.getName(), system.getUrlPatterns(), system.getEnvironments(),
                snippets.of(system, request), system.getCreatedBy(), system.getCreatedAt(), system.getUpdatedAt());
    }
}
