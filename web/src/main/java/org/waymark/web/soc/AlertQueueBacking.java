package org.waymark.web.soc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import org.waymark.alerting.boundary.AlertFilter;
import org.waymark.alerting.boundary.Alerts;
import org.waymark.alerting.entity.Alert;
import org.waymark.alerting.entity.AlertStatus;

/** soc/alerts.xhtml: the open alerts, newest activity first, rendered again whenever one changes (pushed). */
@Named
@RequestScoped
public class AlertQueueBacking {

    /** The most rows the live queue shows; the REST API pages through the rest. */
    static final int SHOWN = 100;

    private static final AlertFilter OPEN = new AlertFilter(EnumSet.complementOf(EnumSet.of(AlertStatus.RESOLVED)), null, null, null,
            null, null);

    @Inject
    Alerts alerts;

    private List<Alert> open;
    private Long total;

    public List<Alert> getOpen() {
        if (open == null) {
            open = alerts.search(OPEN, 0, SHOWN);
        }
        return open;
    }

    public long getTotal() {
        if (total == null) {
            total = alerts.count(OPEN);
        }
        return total;
    }

    /** The entity an alert is about, as one line. */
    public String entity(Alert alert) {
        StringBuilder entity = new StringBuilder();
        for (String part : new String[] {alert.getUser(), alert.getAddress(), alert.getHost()}) {
            if (part != null) {
                entity.append(entity.isEmpty() ? "" : " · ").append(part);
            }
        }
        return entity.toString();
    }
}
