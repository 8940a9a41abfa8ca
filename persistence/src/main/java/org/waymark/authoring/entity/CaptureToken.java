package org.waymark.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Lets a page opened in capture mode send elements to one author's inbox of one system, for minutes. */
@Entity
@Table(name = "capture_token")
public class CaptureToken {

    /** SHA-256 of the token, hex. */
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "system_id", nullable = false, updatable = false)
    private long systemId;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected CaptureToken() {
        // for JPA
    }

    public CaptureToken(String tokenHash, long systemId, String username, Instant createdAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.systemId = systemId;
        this.username = Objects.requireNonNull(username, "username");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public long getSystemId() {
        return systemId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
