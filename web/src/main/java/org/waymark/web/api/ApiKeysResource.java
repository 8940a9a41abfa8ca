package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Set;
import org.waymark.access.entity.Permission;
import org.waymark.identity.boundary.ApiKeys;
import org.waymark.identity.entity.ApiKey;

/**
 * The caller's API keys; with {@code ?user=} (and the permission to manage all keys) someone
 * else's. The secret appears once, in the answer to the creation.
 */
@Path("api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeysResource {

    public record KeyView(long id, String name, String username, String prefix, Instant createdAt, Instant expiresAt, Instant revokedAt,
                          Instant lastUsedAt, List<String> permissions) {

        static KeyView of(ApiKey key) {
            return new KeyView(key.getId(), key.getName(), key.getUser().getUsername(), key.getKeyPrefix(), key.getCreatedAt(),
                    key.getExpiresAt(), key.getRevokedAt().orElse(null), key.getLastUsedAt().orElse(null),
                    key.getPermissions().stream().sorted().map(Enum::name).toList());
        }
    }

    public record NewKey(String name, Instant expiresAt, Set<Permission> permissions) {
    }

    public record CreatedKey(KeyView key, String secret) {
    }

    @Inject
    ApiKeys apiKeys;

    @GET
    public List<KeyView> list(@QueryParam("user") String username) {
        return (username == null ? apiKeys.mine() : apiKeys.of(username)).stream().map(KeyView::of).toList();
    }

    @POST
    public Response create(NewKey request) {
        if (request == null) {
            return Problems.response(Response.Status.BAD_REQUEST, "The body must hold name and expiresAt.");
        }
        ApiKeys.CreatedKey created = apiKeys.create(request.name(), request.expiresAt(), request.permissions());
        return Response.status(Response.Status.CREATED).entity(new CreatedKey(KeyView.of(created.apiKey()), created.secret())).build();
    }

    /** Revokes one of the caller's keys, or, with the permission to manage all keys, anyone's. */
    @DELETE
    @Path("{id}")
    public KeyView revoke(@PathParam("id") long id, @QueryParam("user") String username) {
        return KeyView.of(username == null ? apiKeys.revokeMine(id) : apiKeys.revoke(id));
    }
}
