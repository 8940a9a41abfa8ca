package org.waymark.identity.boundary;

import java.util.Set;

/**
 * Who signed in, the codes of the global roles they hold (the container's groups), the security
 * stamp the session starts with, and the API key used, if any.
 */
public record SignedInUser(String username, Set<String> roles, long securityStamp, Long apiKeyId) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }
}
