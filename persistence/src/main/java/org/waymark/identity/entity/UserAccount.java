package org.waymark.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in to Waymark. The password is only ever held as a self-describing hash
 * (algorithm, iterations, salt and key), so that its cost can be raised later.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 128;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_HASH_MAX = 512;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "user_account_ids")
    @TableGenerator(name = "user_account_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "user_account", allocationSize = 20)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9][a-z0-9._@-]*", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = PASSWORD_HASH_MAX)
    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    /** Only an enabled account may sign in. */
    public boolean canSignIn() {
        return enabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
