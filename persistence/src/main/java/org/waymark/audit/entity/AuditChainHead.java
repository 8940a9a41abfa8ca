package org.waymark.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The end of the audit chain. Every append locks this one row, so records are chained in the
 * order they are written, whichever cluster node writes them; verification compares the last
 * record with it, which reveals records cut off the end.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Version
    private long version;

    protected AuditChainHead() {
        // for JPA
    }

    /** The head of a chain whose last record is {@code lastId} (0 and the genesis hash: an empty chain). */
    public static AuditChainHead after(long lastId, String lastHash) {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastId = lastId;
        head.lastHash = Objects.requireNonNull(lastHash, "lastHash");
        return head;
    }

    /** Seals the event as the next record of the chain. */
    public void append(AuditEvent event) {
        Objects.requireNonNull(event, "event").seal(lastId + 1, lastHash);
        lastId = event.getId();
        lastHash = event.getHash();
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }
}
