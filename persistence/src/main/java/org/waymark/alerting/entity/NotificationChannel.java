package org.waymark.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the SOC wants to hear about new alerts and severity raises of at least a minimum severity.
 * {@link #getSentUpTo()} is the id of the last audit record the channel has dealt with: it moves
 * only after a notification went out, so a mail server or webhook that is down gets everything
 * when it is back, retried with a growing pause.
 */
@Entity
@Table(name = "notification_channel")
@NamedQuery(name = NotificationChannel.ALL, query = "select c from NotificationChannel c order by c.name")
@NamedQuery(name = NotificationChannel.ENABLED, query = "select c.id from NotificationChannel c where c.enabled = true order by c.id")
public class NotificationChannel {

    public static final String ALL = "NotificationChannel.all";
    public static final String ENABLED = "NotificationChannel.enabled";
    public static final int NAME_MAX = 64;
    public static final int TARGET_MAX = 1_000;
    public static final int SECRET_MAX = 128;
    public static final int ERROR_MAX = 500;
    private static final long MAX_PAUSE_SECONDS = 300;

    /** How a notification travels. */
    public enum Kind {
        /** Jakarta Mail to the customer's SMTP server; the target lists the recipients. */
        EMAIL,
        /** A JSON POST to an HTTPS (or HTTP) URL, signed with HMAC-SHA256 when a secret is set. */
        WEBHOOK,
        /**
         * A CEF record over syslog to a SIEM or SOAR ({@code tcp://host:port}, {@code tls://…} or
         * {@code udp://…}): the alerts alone, apart from the complete audit trail a SIEM destination gets.
         */
        SYSLOG
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_channel_ids")
    @TableGenerator(name = "notification_channel_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "notification_channel", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false, length = TARGET_MAX)
    private String target;

    @Column(length = SECRET_MAX)
    private String secret;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_severity", nullable = false, length = 8)
    private Severity minSeverity;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "sent_up_to", nullable = false)
    private long sentUpTo;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    /** The node's batch that sends for the channel now, until {@link #claimedUntil}; null: none. */
    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Version
    private long version;

    protected NotificationChannel() {
        // for JPA
    }

    /** @param sentUpTo the id of the last audit record before the channel existed: it hears of alerts from now on */
    public NotificationChannel(String name, Kind kind, String target, String secret, Severity minSeverity, long sentUpTo) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.target = Objects.requireNonNull(target, "target");
        this.secret = secret;
        this.minSeverity = Objects.requireNonNull(minSeverity, "minSeverity");
        this.sentUpTo = sentUpTo;
        this.enabled = true;
    }

    /** Whether the pause after the last failure (5 s, doubling up to 5 minutes) is over. */
    public boolean isDue(Instant now) {
        if (consecutiveFailures == 0 || lastErrorAt == null) {
            return true;
        }
        long pause = Math.min(MAX_PAUSE_SECONDS, 5L << Math.min(consecutiveFailures - 1, 16));
        return !now.isBefore(lastErrorAt.plus(Duration.ofSeconds(pause)));
    }

    /** Everything up to this audit record is dealt with. */
    public void handledUpTo(long lastId, Instant at, boolean sent) {
        if (lastId > sentUpTo) {
            sentUpTo = lastId;
        }
        if (sent) {
            lastSentAt = at;
        }
        lastError = null;
        consecutiveFailures = 0;
    }

    public void failed(String error, Instant at) {
        lastError = error == null ? "unknown error" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        lastErrorAt = at;
        consecutiveFailures++;
    }

    /** Whether a batch holds the channel now. */
    public boolean isClaimed(Instant now) {
        return claimedBy != null && now.isBefore(claimedUntil);
    }

    /**
     * Gives the channel to one batch until {@code until} (or {@link #release}), after
     * {@link #isClaimed} said no other batch holds it.
     *
     * @param token names the batch, for {@link #release}
     */
    public void claim(String token, Instant until) {
        claimedBy = Objects.requireNonNull(token, "token");
        claimedUntil = Objects.requireNonNull(until, "until");
    }

    /** Whether the batch still holds the channel: its claim has not gone to another. */
    public boolean isClaimedBy(String token) {
        return token.equals(claimedBy);
    }

    /** Moves the cursor past what a batch sent, and nothing else: for a batch whose claim went to another. */
    public void passed(long lastId) {
        sentUpTo = Math.max(sentUpTo, lastId);
    }

    /** Ends the batch's claim; one that expired and went to another batch stays with that one. */
    public void release(String token) {
        if (token.equals(claimedBy)) {
            claimedBy = null;
            claimedUntil = null;
        }
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    /**
     * The target as it may be shown and logged. Chat and paging webhooks carry their credential in
     * the URL's path or query, so a webhook shows only its scheme, host and port.
     */
    public String getDisplayTarget() {
        if (kind != Kind.WEBHOOK) {
            return target;
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
        } catch (URISyntaxException e) {
            return "(a webhook)";
        }
    }

    public String getSecret() {
        return secret;
    }

    public Severity getMinSeverity() {
        return minSeverity;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getSentUpTo() {
        return sentUpTo;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastErrorAt() {
        return lastErrorAt;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }
}
