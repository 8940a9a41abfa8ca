package org.waymark.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waymark.access.boundary.RoleAssignments;
import org.waymark.access.boundary.Roles;
import org.waymark.identity.boundary.Users;
import org.waymark.identity.entity.Role;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.web.faces.Flash;

/** admin/user.xhtml?username=…: one user's settings and roles, and requests for more. */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Users users;

    @Inject
    transient Roles roles;

    @Inject
    transient RoleAssignments assignments;

    @Inject
    transient Flash flash;

    private String username;
    private ProfileForm profile = new ProfileForm();
    private String requestedRole;
    private Long requestedSystem;

    /** Loads the user named in the address (f:viewAction). */
    public void load() {
        profile = ProfileForm.of(users.find(username));
    }

    public List<RoleAssignment> getAssignments() {
        return assignments.ofUser(username);
    }

    public List<Role> getRoles() {
        return roles.list();
    }

    public String save() {
        users.edit(username, profile.toProfile());
        return flash.redirect("admin.user.saved", username);
    }

    public String requestRole() {
        RoleAssignment assignment = assignments.request(username, requestedRole, requestedSystem);
        return flash.redirect(assignment.isActive() ? "admin.user.roleActive" : "admin.user.roleRequested", assignment.getRole().getName());
    }

    public String revoke(long id) {
        RoleAssignment assignment = assignments.revoke(id);
        return flash.redirect("admin.user.revoked", assignment.getRole().getName());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getRequestedRole() {
        return requestedRole;
    }

    public void setRequestedRole(String requestedRole) {
        this.requestedRole = requestedRole;
    }

    public Long getRequestedSystem() {
        return requestedSystem;
    }

    public void setRequestedSystem(Long requestedSystem) {
        this.requestedSystem = requestedSystem;
    }
}
