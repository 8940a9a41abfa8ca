package org.waymark.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.waymark.access.boundary.RoleAssignments;
import org.waymark.identity.boundary.SecondFactor;
import org.waymark.identity.boundary.Users;
import org.waymark.identity.entity.UserAccount;

/** User administration; {@code me/password} for the caller's own password. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record UserView(String username, String displayName, String email, String locale, String timeZone, boolean enabled,
                           boolean locked) {

        static UserView of(UserAccount account) {
            return new UserView(account.getUsername(), account.getDisplayName(), account.getEmail(), account.getLocale(),
                    account.getTimeZone(), account.isEnabled(), account.isLocked(Instant.now()));
        }
    }

    public record NewUserRequest(String username, String password, String displayName, String email, String locale, String timeZone) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    Users users;

    @Inject
    RoleAssignments assignments;

    @Inject
    SecondFactor secondFactor;

    @GET
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @POST
    public Response create(NewUserRequest request) {
        if (request == null) {
            return Problems.response(Response.Status.BAD_REQUEST, "The body must name the new user.");
        }
        UserAccount account = users.create(new Users.NewUser(request.username(), request.displayName(), request.email(),
                request.locale(), request.timeZone(), request.password()));
        return Response.status(Response.Status.CREATED).entity(UserView.of(account)).build();
    }

    @GET
    @Path("{username}")
    public UserView find(@PathParam("username") String username) {
        return UserView.of(users.find(username));
    }

    @PUT
    @Path("{username}")
    public UserView edit(@PathParam("username") String username, Users.Profile profile) {
        return UserView.of(users.edit(username, profile));
    }

    @POST
    @Path("{username}/disable")
    public UserView disable(@PathParam("username") String username) {
        return UserView.of(users.disable(username));
    }

    @POST
    @Path("{username}/enable")
    public UserView enable(@PathParam("username") String username) {
        return UserView.of(users.enable(username));
    }

    @POST
    @Path("{username}/unlock")
    public UserView unlock(@PathParam("username") String username) {
        return UserView.of(users.unlock(username));
    }

    /** For a user who lost the authenticator and the recovery codes: enrols again at the next sign-in. */
    @POST
    @Path("{username}/second-factor/reset")
    public Response resetSecondFactor(@PathParam("username") String username) {
        secondFactor.reset(username);
        return Response.noContent().build();
    }

    @GET
    @Path("{username}/role-assignments")
    public List<RoleAssignmentsResource.AssignmentView> roles(@PathParam("username") String username) {
        return assignments.ofUser(username).stream().map(RoleAssignmentsResource.AssignmentView::of).toList();
    }

    @POST
    @Path("me/password")
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            return Problems.response(Response.Status.BAD_REQUEST, "The body must hold currentPassword and newPassword.");
        }
        users.changeOwnPassword(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
