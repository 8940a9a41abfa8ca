package org.waymark.audit.boundary;

import static org.waymark.access.entity.Permission.AUDIT_EXPORT;
import static org.waymark.access.entity.Permission.AUDIT_VERIFY;
import static org.waymark.access.entity.Permission.AUDIT_VIEW;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.audit.control.AuditChain;
import org.waymark.audit.control.ChainVerification;
import org.waymark.audit.control.CsvWriter;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;

/** Reading the audit trail: search with paging and sorting on the server, CSV export, chain verification. */
@Stateless
public class AuditLog {

    /** The columns a search may sort by. */
    public static final Set<String> SORTABLE = Set.of("id", "occurredAt", "actor", "action", "outcome", "sourceAddress");
    public static final int MAX_PAGE = 500;
    private static final int EXPORT_BATCH = MAX_PAGE;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/waymark")
    DataSource dataSource;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Requires(AUDIT_VIEW)
    public List<AuditEvent> search(AuditFilter filter, int first, int max, String sortField, boolean ascending) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw Refusal.invalid("A page starts at 0 or later and holds 1 to " + MAX_PAGE + " records.");
        }
        String sort = sortField == null ? "id" : sortField;
        if (!SORTABLE.contains(sort)) {
            throw Refusal.invalid("The audit trail can be sorted by " + SORTABLE + " only.");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.where(matching(cb, event, filter == null ? AuditFilter.none() : filter));
        // id breaks ties, so that paging through equal values neither repeats nor skips records
        query.orderBy(ascending ? cb.asc(event.get(sort)) : cb.desc(event.get(sort)),
                ascending ? cb.asc(event.get("id")) : cb.desc(event.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Requires(AUDIT_VIEW)
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(matching(cb, event, filter == null ? AuditFilter.none() : filter));
        return em.createQuery(query).getSingleResult();
    }

    /** Writes every matching record, oldest first, as CSV; the export itself is audited. */
    @Requires(AUDIT_EXPORT)
    public long exportCsv(AuditFilter filter, Writer out) {
        AuditFilter effective = filter == null ? AuditFilter.none() : filter;
        long written = 0;
        try {
            CsvWriter csv = new CsvWriter(out);
            csv.row("id", "occurred_at", "actor", "action", "outcome", "source_address", "user_agent", "target", "detail", "hash");
            List<AuditEvent> batch;
            long after = 0;
            do {
                batch = batchAfter(effective, after);
                for (AuditEvent e : batch) {
                    csv.row(String.valueOf(e.getId()), e.getOccurredAt().toString(), e.getActor(), e.getAction(), e.getOutcome().name(),
                            e.getSourceAddress(), e.getUserAgent(), e.getTarget(), e.getDetail(), e.getHash());
                    after = e.getId();
                }
                written += batch.size();
                em.clear();
            } while (batch.size() == EXPORT_BATCH);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(access.requireCaller(), "audit.export", AuditOutcome.SUCCESS, null, written + " records as CSV, filter " + effective);
        return written;
    }

    @Requires(AUDIT_VERIFY)
    public ChainVerification verify() {
        ChainVerification result;
        try {
            result = AuditChain.verify(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
        audit.record(access.requireCaller(), "audit.verify", result.valid() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, null,
                result.valid() ? result.recordsChecked() + " records intact"
                        : "first broken record " + result.firstBrokenId() + ": " + result.problem());
        return result;
    }

    /** The next records of an export, by key: as fast at the millionth record as at the first. */
    private List<AuditEvent> batchAfter(AuditFilter filter, long after) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        List<Predicate> predicates = new ArrayList<>(List.of(matching(cb, event, filter)));
        predicates.add(cb.greaterThan(event.get("id"), after));
        query.where(predicates.toArray(Predicate[]::new)).orderBy(cb.asc(event.get("id")));
        return em.createQuery(query).setMaxResults(EXPORT_BATCH).getResultList();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            predicates.add(cb.equal(event.get("actor"), filter.actor().strip()));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            predicates.add(cb.equal(event.get("action"), filter.action().strip()));
        }
        if (filter.outcome() != null) {
            predicates.add(cb.equal(event.get("outcome"), filter.outcome()));
        }
        if (filter.sourceAddress() != null && !filter.sourceAddress().isBlank()) {
            predicates.add(cb.equal(event.get("sourceAddress"), filter.sourceAddress().strip()));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThan(event.get("occurredAt"), filter.to()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
