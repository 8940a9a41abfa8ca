package org.waymark.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A single-use code that stands in for the authenticator; only its hash is kept. */
@Embeddable
public class RecoveryCode {

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(String codeHash) {
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
    }

    /** Uses the code if it is this one and still unused. */
    boolean use(String hash, Instant at) {
        if (usedAt != null || !codeHash.equals(hash)) {
            return false;
        }
        usedAt = at;
        return true;
    }

    boolean isUnused() {
        return usedAt == null;
    }
}
