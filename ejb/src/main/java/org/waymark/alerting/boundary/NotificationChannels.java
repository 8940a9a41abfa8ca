package org.waymark.alerting.boundary;

import static org.waymark.access.entity.Permission.RULE_CONFIGURE;
import static org.waymark.access.entity.Permission.SOC_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.alerting.entity.NotificationChannel;
import org.waymark.alerting.entity.Severity;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditChainHead;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.audit.entity.SiemDestination;
import org.waymark.common.boundary.Refusal;
import org.waymark.common.control.WebAddress;

/** Where new alerts are announced: e-mail recipients and webhooks, each with a minimum severity. */
@Stateless
public class NotificationChannels {

    public static final int MAX_RECIPIENTS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Requires(SOC_VIEW)
    public List<NotificationChannel> list() {
        return em.createNamedQuery(NotificationChannel.ALL, NotificationChannel.class).getResultList();
    }

    /**
     * @param target comma-separated e-mail addresses, the webhook's http(s) URL, or the syslog
     *               receiver as {@code tcp://host:port}, {@code tls://host:port} or {@code udp://host:port}
     * @param secret for webhooks, optional: the key of the HMAC-SHA256 signature of each body
     */
    @Requires(RULE_CONFIGURE)
    public NotificationChannel add(String name, NotificationChannel.Kind kind, String target, String secret, Severity minSeverity) {
        if (name == null || name.isBlank() || name.strip().length() > NotificationChannel.NAME_MAX) {
            throw Refusal.invalid("A channel needs a name of at most " + NotificationChannel.NAME_MAX + " characters.");
        }
        if (kind == null || minSeverity == null) {
            throw Refusal.invalid("Choose the kind (EMAIL, WEBHOOK or SYSLOG) and the minimum severity (LOW, MEDIUM, HIGH or CRITICAL).");
        }
        String checkedTarget = switch (kind) {
            case EMAIL -> recipients(target);
            case WEBHOOK -> webhook(target);
            case SYSLOG -> syslog(target);
        };
        if (secret != null && (secret.isBlank() || secret.length() > NotificationChannel.SECRET_MAX || kind != NotificationChannel.Kind.WEBHOOK)) {
            throw Refusal.invalid("A secret signs webhooks only, with 1 to " + NotificationChannel.SECRET_MAX + " characters.");
        }
        String taken = "A channel named " + name.strip() + " exists already.";
        if (list().stream().anyMatch(existing -> existing.getName().equals(name.strip()))) {
            throw Refusal.conflict(taken);
        }
        long now = em.find(AuditChainHead.class, AuditChainHead.ID).getLastId();
        NotificationChannel channel = new NotificationChannel(name.strip(), kind, checkedTarget, secret, minSeverity, now);
        em.persist(channel);
        Refusal.flushUnlessTaken(em, taken);
        audit.record(access.requireCaller(), "security-setting.change", AuditOutcome.SUCCESS, "notification channel " + channel.getName(),
                "added " + kind + " " + channel.getDisplayTarget() + " from " + minSeverity + (secret == null ? "" : ", signed"));
        return channel;
    }

    @Requires(RULE_CONFIGURE)
    public NotificationChannel setEnabled(long id, boolean enabled) {
        NotificationChannel channel = find(id);
        channel.setEnabled(enabled);
        audit.record(access.requireCaller(), "security-setting.change", AuditOutcome.SUCCESS, "notification channel " + channel.getName(),
                enabled ? "enabled" : "disabled");
        return channel;
    }

    @Requires(RULE_CONFIGURE)
    public void remove(long id) {
        NotificationChannel channel = find(id);
        em.remove(channel);
        audit.record(access.requireCaller(), "security-setting.change", AuditOutcome.SUCCESS, "notification channel " + channel.getName(),
                "removed");
    }

    /**
     * Locked for the change: the notification batches write the row too (briefly, never while they
     * send), and a change must wait for them rather than fail on the row's version.
     */
    private NotificationChannel find(long id) {
        NotificationChannel channel = em.find(NotificationChannel.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (channel == null) {
            throw Refusal.notFound("There is no notification channel " + id + ".");
        }
        return channel;
    }

    private static String recipients(String target) {
        if (target == null || target.isBlank() || target.length() > NotificationChannel.TARGET_MAX) {
            throw Refusal.invalid("Name the recipients: e-mail addresses separated by commas.");
        }
        try {
            InternetAddress[] addresses = InternetAddress.parse(target, true);
            if (addresses.length == 0 || addresses.length > MAX_RECIPIENTS) {
                throw Refusal.invalid("Name 1 to " + MAX_RECIPIENTS + " recipients.");
            }
            for (InternetAddress address : addresses) {
                address.validate();
            }
            return InternetAddress.toString(addresses);
        } catch (AddressException e) {
            throw Refusal.invalid("Not an e-mail address: " + e.getMessage() + ".");
        }
    }

    private static String syslog(String target) {
        String refusal = "A syslog receiver is tcp://host:port, tls://host:port or udp://host:port.";
        try {
            URI uri = new URI(target == null ? "" : target.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // the transports the syslog connection speaks, named as they are in the address
            boolean valid = Arrays.stream(SiemDestination.Transport.values()).anyMatch(transport -> transport.name().equalsIgnoreCase(scheme))
                    && uri.getHost() != null && uri.getPort() > 0 && uri.getPort() <= 65535 && uri.getUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.toString().length() <= NotificationChannel.TARGET_MAX;
            if (!valid) {
                throw Refusal.invalid(refusal);
            }
            return scheme + "://" + uri.getRawAuthority();
        } catch (URISyntaxException e) {
            throw Refusal.invalid(refusal);
        }
    }

    private static String webhook(String target) {
        return WebAddress.http(target == null ? "" : target.strip(), NotificationChannel.TARGET_MAX)
                .filter(uri -> uri.getUserInfo() == null)
                .orElseThrow(() -> Refusal.invalid("A webhook is an http or https URL with a host and no credentials in it."))
                .toString();
    }
}
