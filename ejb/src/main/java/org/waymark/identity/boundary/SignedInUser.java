package org.waymark.identity.boundary;

import java.util.Set;

/** Who signed in, and the codes of the global roles they hold. */
public record SignedInUser(String username, Set<String> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }
}
