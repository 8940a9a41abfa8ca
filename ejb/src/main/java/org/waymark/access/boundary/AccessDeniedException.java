package org.waymark.access.boundary;

import jakarta.ejb.ApplicationException;
import org.waymark.access.entity.Permission;

/** The caller lacks the permission a service action needs. Audited where it is thrown. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Permission permission;

    public AccessDeniedException(Permission permission) {
        super(permission == null ? "A signed-in user is required." : "The permission " + permission + " is required.");
        this.permission = permission;
    }

    /** Denied by a rule beyond the permission itself (four eyes, a System Manager's limits). */
    public AccessDeniedException(Permission permission, String reason) {
        super(reason);
        this.permission = permission;
    }

    /** The missing permission; null when the caller was not signed in at all. */
    public Permission permission() {
        return permission;
    }
}
