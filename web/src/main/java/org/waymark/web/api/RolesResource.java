package org.waymark.web.api;

import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Set;
import org.waymark.access.boundary.Roles;
import org.waymark.access.entity.Permission;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.SecondFactorPolicy;

/** The role catalogue, and custom roles. */
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolesResource {

    public record RoleView(String code, String name, String description, boolean builtIn, String secondFactor, List<String> permissions) {

        static RoleView of(Role role) {
            return new RoleView(role.getCode(), role.getName(), role.getDescription(), role.isBuiltIn(), role.getSecondFactor().name(),
                    role.getPermissions().stream().sorted().map(Enum::name).toList());
        }
    }

    public record RoleRequest(String code, String name, String description, Set<Permission> permissions) {
    }

    public record SecondFactorRequest(SecondFactorPolicy policy) {
    }

    @Inject
    Roles roles;

    @GET
    public List<RoleView> list() {
        return roles.list().stream().map(RoleView::of).toList();
    }

    @POST
    public Response create(RoleRequest request) {
        if (request == null) {
            return Problems.response(Response.Status.BAD_REQUEST, "The body must hold code, name, description and permissions.");
        }
        Role role = roles.create(request.code(), request.name(), request.description(), request.permissions());
        return Response.status(Response.Status.CREATED).entity(RoleView.of(role)).build();
    }

    @PUT
    @Path("{code}")
    public RoleView change(@PathParam("code") String code, RoleRequest request) {
        if (request == null) {
            throw Refusal.invalid("The body must hold name, description and permissions.");
        }
        return RoleView.of(roles.change(code, request.name(), request.description(), request.permissions()));
    }

    /** OPTIONAL, KEEP_ONCE_ENROLLED or REQUIRED: what the role asks of its holders' second factor. */
    @PUT
    @Path("{code}/second-factor")
    public RoleView secondFactor(@PathParam("code") String code, SecondFactorRequest request) {
        return RoleView.of(roles.setSecondFactorPolicy(code, request == null ? null : request.policy()));
    }

    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code) {
        roles.delete(code);
        return Response.noContent().build();
    }
}
