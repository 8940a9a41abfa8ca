package org.waymark.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.waymark.audit.boundary.AuditFilter;
import org.waymark.audit.boundary.AuditLog;
import org.waymark.audit.control.ChainVerification;
import org.waymark.audit.entity.AuditEvent;
import org.waymark.audit.entity.AuditOutcome;

/** audit/trail.xhtml: the audit trail, filtered, paged and sorted on the server; its export and verification. */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog log;

    private String actor;
    private String action;
    private AuditOutcome outcome;
    private String sourceAddress;
    /** Times in UTC, as the trail records them. */
    private LocalDateTime from;
    private LocalDateTime to;
    private ChainVerification verification;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.count(filter()));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "id" : sort.getField();
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return log.search(filter(), first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    public void verify() {
        verification = log.verify();
    }

    /** The CSV export of what the filter shows, served by {@link AuditExportServlet}. */
    public String getExportUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "actor", actor);
        put(parameters, "action", action);
        put(parameters, "outcome", outcome == null ? null : outcome.name());
        put(parameters, "sourceAddress", sourceAddress);
        put(parameters, "from", from == null ? null : from.toInstant(ZoneOffset.UTC).toString());
        put(parameters, "to", to == null ? null : to.toInstant(ZoneOffset.UTC).toString());
        return "audit/export.csv" + (parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(actor, action, outcome, sourceAddress, instant(from), instant(to));
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public void setSourceAddress(String sourceAddress) {
        this.sourceAddress = sourceAddress;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
