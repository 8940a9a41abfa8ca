package org.waymark.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.waymark.access.boundary.RoleAssignments;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.web.faces.Flash;

/** admin/approvals.xhtml: the requests waiting for a second administrator. */
@Named
@RequestScoped
public class ApprovalsBacking {

    @Inject
    RoleAssignments assignments;

    @Inject
    Flash flash;

    private List<RoleAssignment> pending;
    private String reason;

    public List<RoleAssignment> getPending() {
        if (pending == null) {
            pending = assignments.pending();
        }
        return pending;
    }

    /** How long the request has waited, in whole hours (the queue's "age"). */
    public long ageInHours(RoleAssignment assignment) {
        return Duration.between(assignment.getRequestedAt(), Instant.now()).toHours();
    }

    public String approve(long id) {
        RoleAssignment assignment = assignments.approve(id);
        return flash.redirect("admin.approvals.approved", assignment.getRole().getName(), assignment.getUser().getUsername());
    }

    public String reject(long id) {
        RoleAssignment assignment = assignments.reject(id, reason);
        return flash.redirect("admin.approvals.rejected", assignment.getRole().getName(), assignment.getUser().getUsername());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
