package org.waymark.audit.entity;

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
import java.time.Instant;
import java.util.Objects;

/**
 * A syslog receiver of the customer's SIEM that gets every audit record, in order. The audit
 * trail is the outbox: {@link #getSentUpTo()} is the id of the last record delivered, and it
 * moves only after a batch went out, so a receiver that is down gets everything when it is back,
 * also after a restart of the application.
 */
@Entity
@Table(name = "siem_destination")
@NamedQuery(name = SiemDestination.ALL, query = "select d from SiemDestination d order by d.name")
@NamedQuery(name = SiemDestination.ENABLED, query = "select d.id from SiemDestination d where d.enabled = true order by d.id")
public class SiemDestination {

    public static final String ALL = "SiemDestination.all";
    public static final String ENABLED = "SiemDestination.enabled";
    public static final int NAME_MAX = 64;
    public static final int HOST_MAX = 253;
    public static final int ERROR_MAX = 500;

    /** How the records travel: UDP datagrams, or TCP and TLS streams with octet-counted frames (RFC 6587, RFC 5425). */
    public enum Transport {
        UDP, TCP, TLS
    }

    /** What a syslog message carries: a CEF record, or the same facts as plain text. */
    public enum Payload {
        CEF, PLAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "siem_destination_ids")
    @TableGenerator(name = "siem_destination_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "siem_destination", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = HOST_MAX)
    private String host;

    @Column(nullable = false)
    private int port;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Transport transport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Payload payload;

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

    @Version
    private long version;

    protected SiemDestination() {
        // for JPA
    }

    /** @param sentUpTo the id of the last record the destination need not receive (0: the whole trail) */
    public SiemDestination(String name, String host, int port, Transport transport, Payload payload, long sentUpTo) {
        this.name = Objects.requireNonNull(name, "name");
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a port is between 1 and 65535");
        }
        this.port = port;
        this.transport = Objects.requireNonNull(transport, "transport");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.sentUpTo = sentUpTo;
        this.enabled = true;
    }

    public void delivered(long lastId, Instant at) {
        if (lastId < sentUpTo) {
            throw new IllegalArgumentException("the cursor only moves forward");
        }
        sentUpTo = lastId;
        lastSentAt = at;
        lastError = null;
    }

    public void failed(String error, Instant at) {
        lastError = error == null ? "unknown error" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        lastErrorAt = at;
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

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public Transport getTransport() {
        return transport;
    }

    public Payload getPayload() {
        return payload;
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
}
