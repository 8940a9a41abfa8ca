package org.waymark.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

/** Records security-relevant events, as part of the caller's transaction (or its own). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public AuditEvent record(String actor, String action, AuditOutcome outcome, String sourceAddress,
                             String target, String detail) {
        AuditEvent event = new AuditEvent(Instant.now(clock), actor, action, outcome, sourceAddress, target, detail);
        em.persist(event);
        return event;
    }
}
