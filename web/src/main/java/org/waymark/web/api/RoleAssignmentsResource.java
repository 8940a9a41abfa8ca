package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.waymark.access.boundary.RoleAssignments;
import org.waymark.identity.entity.RoleAssignment;

/** Requests for roles, their approval by a second administrator, and revocation. */
@Path("role-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleAssignmentsResource {

    public record AssignmentView(long id, String username, String role, Long system, String status, String requestedBy,
                                 Instant requestedAt, String decidedBy, Instant decidedAt, String reason) {

        static AssignmentView of(RoleAssignment a) {
            return new AssignmentView(a.getId(), a.getUser().getUsername(), a.getRole().getCode(), a.getSystemId(), a.getState().name(),
                    a.getRequestedBy(), a.getRequestedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionReason());
        }
    }

    public record AssignmentRequest(String username, String role, Long system) {
    }

    public record Rejection(String reason) {
    }

    @Inject
    RoleAssignments assignments;

    /** The approval queue. */
    @GET
    public List<AssignmentView> pending() {
        return assignments.pending().stream().map(AssignmentView::of).toList();
    }

    @POST
    public Response request(AssignmentRequest request) {
        if (request == null) {
            return Problems.response(Response.Status.BAD_REQUEST, "The body must name username and role.");
        }
        RoleAssignment assignment = assignments.request(request.username(), request.role(), request.system());
        return Response.status(Response.Status.CREATED).entity(AssignmentView.of(assignment)).build();
    }

    @GET
    @Path("{id}")
    public AssignmentView find(@PathParam("id") long id) {
        return AssignmentView.of(assignments.find(id));
    }

    @POST
    @Path("{id}/approve")
    public AssignmentView approve(@PathParam("id") long id) {
        return AssignmentView.of(assignments.approve(id));
    }

    @POST
    @Path("{id}/reject")
    public AssignmentView reject(@PathParam("id") long id, Rejection rejection) {
        return AssignmentView.of(assignments.reject(id, rejection == null ? null : rejection.reason()));
    }

    @DELETE
    @Path("{id}")
    public AssignmentView revoke(@PathParam("id") long id) {
        return AssignmentView.of(assignments.revoke(id));
    }
}
