package org.waymark.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in to Waymark. The password is only ever held as a self-describing hash
 * (algorithm, iterations, salt and key), so that its cost can be raised later.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
@NamedQuery(name = UserAccount.ALL, query = "select u from UserAccount u order by u.username")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT = "UserAccount.count";
    public static final String ALL = "UserAccount.all";

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 128;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_HASH_MAX = 512;
    public static final int LOCALE_MAX = 35;
    public static final int TIME_ZONE_MAX = 64;

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

    @Size(max = LOCALE_MAX)
    @Column(length = LOCALE_MAX)
    private String locale;

    @Size(max = TIME_ZONE_MAX)
    @Column(name = "time_zone", length = TIME_ZONE_MAX)
    private String timeZone;

    @Column(nullable = false)
    private boolean enabled;

    /** The administrator the application created on the empty database. */
    @Column(nullable = false, updatable = false)
    private boolean bootstrap;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Changes whenever every session of this account must end; sessions remember the value they began with. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The authenticator secret in Base32, once enrolment is confirmed. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_pending_secret", length = 64)
    private String totpPendingSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The last time step whose code was accepted: a code is good once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection
    @CollectionTable(name = "recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    private List<RecoveryCode> recoveryCodes = new ArrayList<>();

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
        this.passwordChangedAt = createdAt;
    }

    /** The administrator created on an empty database, with its role active without approval. */
    public static UserAccount bootstrap(String username, String displayName, String passwordHash, Instant createdAt) {
        UserAccount account = new UserAccount(username, displayName, passwordHash, createdAt);
        account.bootstrap = true;
        return account;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login in the policy's window.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        if (isLocked(now)) {
            return false;
        }
        if (firstFailedAt == null || !now.isBefore(firstFailedAt.plus(policy.window()))) {
            firstFailedAt = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= policy.threshold()) {
            lockedUntil = now.plus(policy.duration());
            failedLogins = 0;
            firstFailedAt = null;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        firstFailedAt = null;
    }

    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
        firstFailedAt = null;
    }

    public void edit(String displayName, String email, String locale, String timeZone) {
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = email;
        this.locale = locale;
        this.timeZone = timeZone;
    }

    /** Disabling ends every session of the account at once. */
    public void disable() {
        enabled = false;
        endSessions();
    }

    public void enable() {
        enabled = true;
    }

    /** A new password ends the account's other sessions; the caller renews its own. */
    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordChangedAt = now;
        endSessions();
    }

    /** The same password under a stronger hash: nothing else changes, no session ends. */
    public void rehashPassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public void endSessions() {
        securityStamp++;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** A new secret that becomes the second factor once a first code confirms it. */
    public void startSecondFactorEnrolment(String secret) {
        totpPendingSecret = Objects.requireNonNull(secret, "secret");
    }

    public String getPendingSecondFactorSecret() {
        return totpPendingSecret;
    }

    public void confirmSecondFactor(long step, List<String> recoveryCodeHashes, Instant at) {
        if (totpPendingSecret == null) {
            throw new IllegalStateException("no second factor enrolment is pending");
        }
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpEnabledAt = at;
        totpLastStep = step;
        recoveryCodes.clear();
        recoveryCodeHashes.stream().map(RecoveryCode::new).forEach(recoveryCodes::add);
    }

    public String getSecondFactorSecret() {
        return totpSecret;
    }

    /** Accepts a code's time step unless it, or a later one, was accepted before. */
    public boolean acceptSecondFactorStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public boolean useRecoveryCode(String hash, Instant at) {
        return recoveryCodes.stream().anyMatch(code -> code.use(hash, at));
    }

    public long unusedRecoveryCodes() {
        return recoveryCodes.stream().filter(RecoveryCode::isUnused).count();
    }

    public void removeSecondFactor() {
        totpSecret = null;
        totpPendingSecret = null;
        totpEnabledAt = null;
        totpLastStep = null;
        recoveryCodes.clear();
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

    public String getLocale() {
        return locale;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isBootstrap() {
        return bootstrap;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public long getSecurityStamp() {
        return securityStamp;
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
