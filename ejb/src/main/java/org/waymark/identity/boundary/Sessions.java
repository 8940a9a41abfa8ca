package org.waymark.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.SignedIn;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;

/**
 * Whether a signed-in session may go on. The web layer asks at every request with the user's
 * security stamp from sign-in: disabling the account, revoking one of its roles, or
 * changing its password changes the stamp and so ends every session of the account at once.
 * It asks only about the session's own user, so it needs no permission.
 */
@Stateless
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    /** Audits that the caller signs out, before the session ends. */
    @SignedIn
    public void signingOut() {
        audit.record(access.requireCaller(), "logout", AuditOutcome.SUCCESS, null, null);
    }

    public boolean isCurrent(String username, long securityStamp) {
        return em.createQuery("select u.securityStamp from UserAccount u where u.username = :username and u.enabled = true", Long.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(stamp -> stamp == securityStamp)
                .orElse(false);
    }
}
