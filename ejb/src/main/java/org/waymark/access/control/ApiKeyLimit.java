package org.waymark.access.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Which API key authenticated the current request, if one did. The authentication mechanism
 * fills it; every permission check of the request re-reads that key, so that a key revoked or
 * narrowed a moment ago stops at once.
 */
@RequestScoped
public class ApiKeyLimit {

    private Long keyId;

    public void restrictTo(long keyId) {
        this.keyId = keyId;
    }

    public Optional<Long> keyId() {
        return Optional.ofNullable(keyId);
    }
}
