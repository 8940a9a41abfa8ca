package org.waymark.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.identity.entity.LockoutPolicy;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.identity.entity.UserAccount;

/**
 * Counts wrong passwords and codes against the account lockout, wherever they are typed: at
 * sign-in, and in a session (changing the password, turning the second factor off), so that a
 * hijacked session cannot guess freely either.
 */
@ApplicationScoped
public class FailedAttempts {

    public static final String LOCKED = "account.locked";

    @PersistenceContext
    EntityManager em;

    @Inject
    LockoutPolicy lockout;

    @Inject
    AuditTrail audit;

    /**
     * Counts a failure on an account that the caller's transaction holds locked.
     *
     * @return whether this failure locked the account
     */
    public boolean countOn(UserAccount account, Instant now) {
        boolean lockedNow = account.recordFailedLogin(now, lockout);
        if (lockedNow) {
            audit.record(RoleAssignment.SYSTEM_ACTOR, LOCKED, AuditOutcome.SUCCESS, account.getUsername(),
                    lockout.threshold() + " failed attempts within " + lockout.window().toMinutes() + " minutes; locked for "
                            + lockout.duration().toMinutes() + " minutes");
        }
        return lockedNow;
    }

    /**
     * Counts a failure inside a signed-in session, in a transaction of its own (the caller's is
     * refused and rolls back). When it locks the account, the account's sessions end too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void countInSession(String username) {
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        if (countOn(account, Instant.now())) {
            account.endSessions();
        }
    }
}
