package org.waymark.alerting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.waymark.alerting.entity.LoginAddress;

/** The addresses each user signed in from: the baseline of the unknown-address rule, kept in the database. */
@Stateless
public class LoginHistory {

    /** How an address relates to what a user did before. */
    public enum Familiarity {
        /** The user's first sign-in seen at all: it sets the baseline. */
        FIRST_SIGN_IN,
        /** Seen for this user within the baseline. */
        KNOWN,
        /** Never seen for this user, or not within the baseline. */
        UNKNOWN
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Records a successful sign-in and says how its address relates to the user's earlier ones.
     * Its own transaction: two nodes recording the same new address at once make one fail on the
     * primary key, and the caller then counts the address as known.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Familiarity remember(String user, String address, Instant at, Duration baseline) {
        // no locking read of a row that may not exist: on InnoDB it would take a gap lock, and two
        // first sign-ins of different users would deadlock each other's inserts
        LoginAddress known = em.find(LoginAddress.class, new LoginAddress.Key(user, address));
        if (known != null) {
            em.lock(known, LockModeType.PESSIMISTIC_WRITE);
            boolean recent = !known.getLastSeen().isBefore(at.minus(baseline));
            known.seen(at);
            return recent ? Familiarity.KNOWN : Familiarity.UNKNOWN;
        }
        long addresses = em.createNamedQuery(LoginAddress.COUNT_OF_USER, Long.class).setParameter("user", user).getSingleResult();
        em.persist(new LoginAddress(user, address, at));
        em.flush();
        return addresses == 0 ? Familiarity.FIRST_SIGN_IN : Familiarity.UNKNOWN;
    }
}
