package org.waymark.audit.boundary;

import static org.waymark.access.entity.Permission.SECURITY_SETTINGS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.audit.entity.AuditChainHead;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.audit.entity.SiemDestination;
import org.waymark.common.boundary.Refusal;

/** The syslog receivers of the customer's SIEM that get the audit trail (sent by {@link SiemExport}). */
@Stateless
public class SiemDestinations {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    /** A destination and how many records wait for it. */
    public record Status(SiemDestination destination, long waiting) {
    }

    @Requires(SECURITY_SETTINGS)
    public List<Status> list() {
        long last = em.find(AuditChainHead.class, AuditChainHead.ID).getLastId();
        return em.createNamedQuery(SiemDestination.ALL, SiemDestination.class).getResultStream()
                .map(destination -> new Status(destination, Math.max(0, last - destination.getSentUpTo())))
                .toList();
    }

    /**
     * @param wholeTrail true: the destination first receives every record written so far;
     *                   false: only what is recorded from now on
     */
    @Requires(SECURITY_SETTINGS)
    public SiemDestination add(String name, String host, int port, SiemDestination.Transport transport, SiemDestination.Payload payload,
                               boolean wholeTrail) {
        if (name == null || name.isBlank() || name.strip().length() > SiemDestination.NAME_MAX) {
            throw Refusal.invalid("A destination needs a name of at most " + SiemDestination.NAME_MAX + " characters.");
        }
        if (host == null || !host.strip().matches("[A-Za-z0-9.:\\-\\[\\]]{1,253}")) {
            throw Refusal.invalid("The host is a name or an IP address.");
        }
        if (port < 1 || port > 65_535) {
            throw Refusal.invalid("The port is a number from 1 to 65535.");
        }
        if (transport == null || payload == null) {
            throw Refusal.invalid("Choose the transport (UDP, TCP or TLS) and the payload (CEF or PLAIN).");
        }
        String taken = "A destination named " + name.strip() + " exists already.";
        if (em.createNamedQuery(SiemDestination.ALL, SiemDestination.class).getResultStream()
                .anyMatch(existing -> existing.getName().equals(name.strip()))) {
            throw Refusal.conflict(taken);
        }
        long start = wholeTrail ? 0 : em.find(AuditChainHead.class, AuditChainHead.ID).getLastId();
        SiemDestination destination = new SiemDestination(name.strip(), host.strip(), port, transport, payload, start);
        em.persist(destination);
        Refusal.flushUnlessTaken(em, taken);
        audit.record(access.requireCaller(), "security-setting.change", AuditOutcome.SUCCESS, "SIEM destination " + destination.getName(),
                "added " + transport + " " + host.strip() + ":" + port + " (" + payload + (wholeTrail ? ", whole trail)" : ", from now on)"));
        return destination;
    }

    @Requires(SECURITY_SETTINGS)
    public SiemDestination setEnabled(long id, boolean enabled) {
        SiemDestination destination = find(id);
        destination.setEnabled(enabled);
        audit.record(access.requireCaller(), "security-setting.change", AuditOutcome.SUCCESS, "SIEM destination " + destination.getName(),
                enabled ? "enabled" : "disabled");
        return destination;
    }

    @Requires(SECURITY_SETTINGS)
    public void remove(long id) {
        SiemDestination destination = find(id);
        em.remove(destination);
        audit.record(access.requireCaller(), "security-setting.change", AuditOutcome.SUCCESS, "SIEM destination " + destination.getName(),
                "removed");
    }

    private SiemDestination find(long id) {
        // waits for a batch being sent to it, instead of failing on the version the batch moves
        SiemDestination destination = em.find(SiemDestination.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (destination == null) {
            throw Refusal.notFound("There is no SIEM destination " + id + ".");
        }
        return destination;
    }
}
