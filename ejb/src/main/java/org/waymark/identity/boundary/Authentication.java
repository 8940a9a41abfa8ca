package org.waymark.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.waymark.access.control.RequestOrigin;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.identity.control.Directory;
import org.waymark.identity.control.FailedAttempts;
import org.waymark.identity.control.LoginThrottle;
import org.waymark.identity.control.PasswordHashing;
import org.waymark.identity.control.RandomSecrets;
import org.waymark.identity.entity.ApiKey;
import org.waymark.identity.entity.RoleAssignment;
import org.waymark.identity.entity.UserAccount;

/**
 * Checks a username and password, or an API key, and records the attempt in the audit trail.
 * Every failure looks the same to the caller, whatever the reason (unknown user, wrong password,
 * disabled, locked), so that nobody learns which usernames exist; only the audit trail knows.
 */
@Stateless
public class Authentication {

    public static final String LOGIN = "login";
    public static final String API_KEY_LOGIN = "login.api-key";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditTrail audit;

    @Inject
    FailedAttempts failedAttempts;

    @Inject
    Directory directory;

    @Inject
    LoginThrottle throttle;

    @Inject
    RequestOrigin origin;

    /**
     * @param secondFactor an authenticator code or a recovery code; needed exactly when the
     *                     account has a second factor (a wrong or missing one fails like a wrong password)
     */
    public Optional<SignedInUser> authenticate(String username, char[] password, String secondFactor) {
        String normalized = username == null ? "" : username.strip();
        String address = address();
        slowDown(address);
        Instant now = Instant.now();
        Optional<UserAccount> found = directory.findUser(normalized);
        if (found.isEmpty()) {
            hashing.verifyAgainstNothing(password);
            return failed(normalized.isEmpty() ? "-" : normalized, "unknown user", address, now);
        }
        UserAccount account = found.get();
        // The slow hash runs without a lock: a queue behind a real account's row would tell it from an unknown one.
        boolean passwordMatches = hashing.verify(password, account.getPasswordHash());
        // Locked from here on: concurrent failures must all count, and none may fail on a stale version.
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!account.isEnabled()) {
            return failed(account.getUsername(), "account disabled", address, now);
        }
        if (account.isLocked(now)) {
            return failed(account.getUsername(), "account locked", address, now);
        }
        String problem = !passwordMatches ? "wrong password"
                : account.hasSecondFactor() && !SecondFactor.verify(account, secondFactor, now) ? "wrong or missing second factor"
                : null;
        if (problem != null) {
            Optional<SignedInUser> failure = failed(account.getUsername(), problem, address, now);
            failedAttempts.countOn(account, now);
            return failure;
        }
        account.recordSuccessfulLogin();
        if (hashing.needsRehash(account.getPasswordHash())) {
            account.rehashPassword(hashing.hash(password));
            audit.record(account.getUsername(), "password.rehashed", AuditOutcome.SUCCESS, account.getUsername(),
                    "stored with " + PasswordHashing.ITERATIONS + " PBKDF2 iterations");
        }
        audit.record(account.getUsername(), LOGIN, AuditOutcome.SUCCESS, null, !account.hasSecondFactor() ? "password"
                : SecondFactor.isRecoveryCode(secondFactor) ? "password and recovery code (" + account.unusedRecoveryCodes() + " left)"
                : "password and authenticator code");
        return Optional.of(signedIn(account, null));
    }

    /** A REST request's {@code Authorization: Bearer} key: valid while neither revoked nor expired. */
    public Optional<SignedInUser> authenticateApiKey(String key) {
        String address = address();
        slowDown(address);
        Instant now = Instant.now();
        Optional<ApiKey> found = key == null ? Optional.empty() : em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class)
                .setParameter("hash", RandomSecrets.fingerprint(key))
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || !found.get().isUsable(now)) {
            String reason = found.isEmpty() ? "unknown API key"
                    : "API key " + found.get().getKeyPrefix() + " is revoked, expired or its owner disabled";
            audit.record(found.map(k -> k.getUser().getUsername()).orElse("-"), API_KEY_LOGIN, AuditOutcome.FAILURE, null, reason);
            throttle.failed(address, now);
            return Optional.empty();
        }
        ApiKey apiKey = found.get();
        // A bulk update: parallel requests with one key must not trip over the key's version.
        em.createNamedQuery(ApiKey.USED).setParameter("at", now).setParameter("id", apiKey.getId()).executeUpdate();
        return Optional.of(signedIn(apiKey.getUser(), apiKey.getId()));
    }

    private SignedInUser signedIn(UserAccount account, Long apiKeyId) {
        // Roles scoped to one system are checked per system by the services, never granted globally.
        var roles = em.createNamedQuery(RoleAssignment.ACTIVE_GLOBAL_OF_USER, RoleAssignment.class)
                .setParameter("user", account)
                .getResultStream()
                .map(assignment -> assignment.getRole().getCode())
                .collect(Collectors.toSet());
        return new SignedInUser(account.getUsername(), roles, account.getSecurityStamp(), apiKeyId);
    }

    private Optional<SignedInUser> failed(String username, String reason, String address, Instant now) {
        audit.record(username, LOGIN, AuditOutcome.FAILURE, null, reason);
        throttle.failed(address, now);
        return Optional.empty();
    }

    private void slowDown(String address) {
        Duration delay = throttle.delayFor(address, Instant.now());
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
