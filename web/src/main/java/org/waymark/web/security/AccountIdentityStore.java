package org.waymark.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.waymark.identity.boundary.Authentication;

/** Validates credentials against the accounts in the database; the groups are the role codes. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authentication authentication;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authentication.authenticate(credential.getCaller(), credential.getPassword().getValue(), request.getRemoteAddr())
                .map(user -> new CredentialValidationResult(user.username(), user.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
