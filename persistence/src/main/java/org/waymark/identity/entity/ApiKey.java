package org.waymark.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.waymark.access.entity.Permission;

/**
 * A personal key for the REST API. It acts as its owner, limited to {@link #getPermissions()}
 * when that is not empty. Only a hash of the key is stored; the key itself is shown once.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_HASH, query = "select k from ApiKey k join fetch k.user where k.keyHash = :hash")
@NamedQuery(name = ApiKey.OF_USER, query = "select k from ApiKey k where k.user = :user order by k.createdAt desc")
@NamedQuery(name = ApiKey.USED, query = "update ApiKey k set k.lastUsedAt = :at where k.id = :id")
public class ApiKey {

    public static final String BY_HASH = "ApiKey.byHash";
    public static final String OF_USER = "ApiKey.ofUser";
    /** Records a use (parameters {@code at}, {@code id}). */
    public static final String USED = "ApiKey.used";
    public static final int NAME_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "api_key_ids")
    @TableGenerator(name = "api_key_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "api_key", allocationSize = 20)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "key_hash", nullable = false, updatable = false, length = 64)
    private String keyHash;

    /** The first characters of the key, to recognise it in lists. */
    @Column(name = "key_prefix", nullable = false, updatable = false, length = 16)
    private String keyPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = UserAccount.USERNAME_MAX)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_permission", joinColumns = @JoinColumn(name = "api_key_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "permission", nullable = false, length = 48)
    private Set<Permission> permissions = new HashSet<>();

    @Version
    private long version;

    protected ApiKey() {
        // for JPA
    }

    public ApiKey(UserAccount user, String name, String keyHash, String keyPrefix, Instant createdAt, Instant expiresAt,
                  Set<Permission> permissions) {
        this.user = Objects.requireNonNull(user, "user");
        this.name = Objects.requireNonNull(name, "name");
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an API key must expire after it was created");
        }
        this.permissions.addAll(permissions);
    }

    /** Usable now: not revoked, not expired, and its owner may sign in. */
    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && user.isEnabled();
    }

    public void revoke(String by, Instant at) {
        if (revokedAt != null) {
            throw new IllegalStateException("API key " + id + " is already revoked");
        }
        revokedAt = Objects.requireNonNull(at, "at");
        revokedBy = Objects.requireNonNull(by, "by");
    }

    /** What the key may do, out of what its owner may do now. */
    public Set<Permission> limit(Set<Permission> ownersPermissions) {
        if (permissions.isEmpty()) {
            return ownersPermissions;
        }
        EnumSet<Permission> allowed = EnumSet.noneOf(Permission.class);
        allowed.addAll(ownersPermissions);
        allowed.retainAll(permissions);
        return allowed;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Set<Permission> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }
}
