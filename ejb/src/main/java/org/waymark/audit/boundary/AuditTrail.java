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
 * Records security-relevant events. Each is written in a transaction of its own, so that it is
 * kept whatever becomes of the caller's (a denied action rolls back; its audit record must
 * not), and appended to the hash chain under the chain head's row lock.
 * The source address and user agent come from the current request, when there is one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Event<AuditEvent> recorded;

    private final Clock clock = Clock.systemUTC();

    public AuditEvent record(String actor, String action, AuditOutcome outcome, String target, String detail) {
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
