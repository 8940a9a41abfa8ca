package org.waymark.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.waymark.access.control.RequestOrigin;
import org.waymark.audit.entity.AuditChainHead;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

/**
 * Records security-relevant events, each appended to the hash chain under the chain head's row
 * lock. A change is recorded in the caller's transaction ({@link #record}): the record is kept
 * exactly when the change is. An attempt that is refused or denied is recorded in a transaction
 * of its own ({@link #recordAttempt}), because the caller's rolls back. The source address and
 * user agent come from the current request, when there is one.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    /** Observed after the record's transaction commits (the alert rules' intake). */
    @Inject
    Event<AuditEvent> recorded;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEvent record(String actor, String action, AuditOutcome outcome, String target, String detail) {
        // The caller's changes go first (this is its persistence context): they take their row
        // locks before the chain head's, the order every transaction keeps, and a change the
        // database refuses fails here, before it is recorded as done.
        em.flush();
        return append(actor, action, outcome, target, detail);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEvent recordAttempt(String actor, String action, AuditOutcome outcome, String target, String detail) {
        return append(actor, action, outcome, target, detail);
    }

    private AuditEvent append(String actor, String action, AuditOutcome outcome, String target, String detail) {
        String address = null;
        String userAgent = null;
        try {
            address = origin.address();
            userAgent = origin.userAgent();
        } catch (ContextNotActiveException e) {
            // a timer or a message-driven bean: no request, no origin
        }
        AuditEvent event = new AuditEvent(Instant.now(clock), actor, action, outcome, address, userAgent, target, detail);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit chain has no head: the start-up sealing has not run");
        }
        head.append(event);
        em.persist(event);
        recorded.fire(event);
        return event;
    }
}
