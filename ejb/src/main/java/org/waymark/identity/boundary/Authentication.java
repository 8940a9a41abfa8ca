package org.waymark.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.stream.Collectors;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.identity.control.PasswordHashing;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.identity.entity.UserAccount;

/**
 * Checks a username and password and records the attempt in the audit trail. Every failure looks
 * the same to the caller, whatever the reason, so that nobody learns which usernames exist.
 */
@Stateless
public class Authentication {

    public static final String LOGIN = "login";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    public Optional<SignedInUser> authenticate(String username, char[] password, String sourceAddress) {
        String normalized = username == null ? "" : username.strip();
        Optional<UserAccount> account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", normalized)
                .getResultStream()
                .findFirst();
        boolean valid = account.isPresent()
                ? hashing.verify(password, account.get().getPasswordHash()) && account.get().canSignIn()
                : hashing.verifyAgainstNothing(password);
        if (!valid) {
            String reason = account.isEmpty() ? "unknown user" : account.get().canSignIn() ? "wrong password" : "account disabled";
            audit.record(normalized.isEmpty() ? "-" : normalized, LOGIN, AuditOutcome.FAILURE, sourceAddress, null, reason);
            return Optional.empty();
        }
        UserAccount user = account.get();
        audit.record(user.getUsername(), LOGIN, AuditOutcome.SUCCESS, sourceAddress, null, null);
        // Roles scoped to one system are checked per system by the services, never granted globally.
        var roles = em.createNamedQuery(RoleAssignment.ACTIVE_GLOBAL_OF_USER, RoleAssignment.class)
                .setParameter("user", user)
                .getResultStream()
                .map(assignment -> assignment.getRole().getCode())
                .collect(Collectors.toSet());
        return Optional.of(new SignedInUser(user.getUsername(), roles));
    }
}
