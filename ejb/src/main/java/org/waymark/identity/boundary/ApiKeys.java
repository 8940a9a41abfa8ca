package org.waymark.identity.boundary;

import static org.waymark.access.entity.Permission.API_KEY_MANAGE_ALL;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.waymark.access.control.AccessControl;
import org.waymark.access.boundary.AccessDeniedException;
import org.waymark.access.control.PermissionCheck;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SignedIn;
import org.waymark.access.entity.Permission;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.control.RandomSecrets;
import org.waymark.identity.control.Directory;
import org.waymark.identity.entity.ApiKey;

/**
 * Personal API keys. A key acts as its owner, optionally limited to fewer permissions, until it
 * expires or is revoked; the key itself is shown once, at creation.
 */
@Stateless
public class ApiKeys {

    /** Keys that never expire are forgotten keys: one year at most. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    /** A new key, with the secret that is never shown again. */
    public record CreatedKey(ApiKey apiKey, String secret) {
    }

    /**
     * Keys are made by people, signed in with their password: a key that could make keys would
     * outlive its own expiry and revocation.
     *
     * @param permissions empty: everything the owner may do, now and later; otherwise a subset
     *                    of what the caller may do now
     */
    @SignedIn
    public CreatedKey create(String name, Instant expiresAt, Set<Permission> permissions) {
        String caller = access.requireCaller();
        if (access.requestApiKey().isPresent()) {
            String reason = "An API key cannot create API keys; sign in with your password.";
            audit.recordAttempt(caller, PermissionCheck.ACCESS_DENIED, AuditOutcome.FAILURE, "ApiKeys.create", reason);
            throw new AccessDeniedException(null, reason);
        }
        Instant now = Instant.now();
        if (name == null || name.isBlank() || name.strip().length() > ApiKey.NAME_MAX) {
            throw Refusal.invalid("A key needs a name of at most " + ApiKey.NAME_MAX + " characters.");
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw Refusal.invalid("A key expires after now and within " + MAX_LIFETIME.toDays() + " days.");
        }
        Set<Permission> wanted = EnumSet.noneOf(Permission.class);
        if (permissions != null) {
            wanted.addAll(permissions);
        }
        Set<Permission> own = access.callerPermissions(null);
        if (!own.containsAll(wanted)) {
            EnumSet<Permission> beyond = EnumSet.copyOf(wanted);
            beyond.removeAll(own);
            throw Refusal.invalid("A key cannot do more than you: you do not hold " + beyond + ".");
        }

        String secret = RandomSecrets.apiKey();
        ApiKey key = new ApiKey(directory.user(caller), name.strip(), RandomSecrets.fingerprint(secret), RandomSecrets.apiKeyVisiblePart(secret),
                now, expiresAt, wanted);
        em.persist(key);
        em.flush();
        audit.record(caller, "api-key.create", AuditOutcome.SUCCESS, "API key " + key.getId() + " (" + key.getKeyPrefix() + ")",
                "expires " + expiresAt + (wanted.isEmpty() ? "" : "; limited to " + wanted));
        return new CreatedKey(key, secret);
    }

    @SignedIn
    public List<ApiKey> mine() {
        return em.createNamedQuery(ApiKey.OF_USER, ApiKey.class).setParameter("user", directory.user(access.requireCaller())).getResultList();
    }

    @SignedIn
    public ApiKey revokeMine(long id) {
        ApiKey key = key(id);
        if (!key.getUser().getUsername().equals(access.requireCaller())) {
            throw Refusal.notFound("You have no API key " + id + ".");
        }
        return revoked(key);
    }

    @Requires(API_KEY_MANAGE_ALL)
    public List<ApiKey> of(String username) {
        return em.createNamedQuery(ApiKey.OF_USER, ApiKey.class).setParameter("user", directory.user(username)).getResultList();
    }

    @Requires(API_KEY_MANAGE_ALL)
    public ApiKey revoke(long id) {
        return revoked(key(id));
    }

    private ApiKey revoked(ApiKey key) {
        if (key.getRevokedAt().isPresent()) {
            throw Refusal.conflict("API key " + key.getId() + " is revoked already.");
        }
        String caller = access.requireCaller();
        key.revoke(caller, Instant.now());
        audit.record(caller, "api-key.revoke", AuditOutcome.SUCCESS, "API key " + key.getId() + " (" + key.getKeyPrefix() + ") of "
                + key.getUser().getUsername(), null);
        return key;
    }

    private ApiKey key(long id) {
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            throw Refusal.notFound("There is no API key " + id + ".");
        }
        return key;
    }

}
