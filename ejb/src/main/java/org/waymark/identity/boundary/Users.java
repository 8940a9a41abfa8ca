package org.waymark.identity.boundary;

import static org.waymark.access.entity.Permission.USER_CREATE;
import static org.waymark.access.entity.Permission.USER_DISABLE;
import static org.waymark.access.entity.Permission.USER_EDIT;
import static org.waymark.access.entity.Permission.USER_UNLOCK;
import static org.waymark.access.entity.Permission.USER_VIEW;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SignedIn;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.control.Directory;
import org.waymark.identity.control.FailedAttempts;
import org.waymark.identity.control.PasswordHashing;
import org.waymark.identity.control.PasswordPolicy;
import org.waymark.identity.entity.UserAccount;

/** User administration, and what users do with their own account. Every change is audited. */
@Stateless
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    PasswordHashing hashing;

    @Inject
    PasswordPolicy policy;

    @Inject
    Validator validator;

    @Inject
    Directory directory;

    @Inject
    FailedAttempts failedAttempts;

    /** What an administrator fills in for a new user. */
    public record NewUser(String username, String displayName, String email, String locale, String timeZone, String password) {
    }

    /** The editable settings of an account. */
    public record Profile(String displayName, String email, String locale, String timeZone) {
    }

    @Requires(USER_VIEW)
    public List<UserAccount> list() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    @Requires(USER_VIEW)
    public UserAccount find(String username) {
        return directory.user(username);
    }

    @Requires(USER_CREATE)
    public UserAccount create(NewUser user) {
        if (user == null || user.username() == null || user.username().isBlank()) {
            throw Refusal.invalid("A username is required.");
        }
        String username = user.username().strip();
        String taken = "The username " + username + " is taken.";
        if (directory.findUser(username).isPresent()) {
            throw Refusal.conflict(taken);
        }
        policy.violation(username, user.password()).ifPresent(reason -> {
            throw Refusal.invalid(reason);
        });
        UserAccount account = new UserAccount(username, required(user.displayName(), "A display name is required."),
                hashing.hash(user.password().toCharArray()), Instant.now());
        account.edit(account.getDisplayName(), blankToNull(user.email()), locale(user.locale()), timeZone(user.timeZone()));
        validate(account);
        em.persist(account);
        Refusal.flushUnlessTaken(em, taken);
        audit.record(access.requireCaller(), "user.create", AuditOutcome.SUCCESS, username, null);
        return account;
    }

    @Requires(USER_EDIT)
    public UserAccount edit(String username, Profile profile) {
        UserAccount account = directory.user(username);
        if (profile == null) {
            throw Refusal.invalid("The new settings are missing.");
        }
        account.edit(required(profile.displayName(), "A display name is required."), blankToNull(profile.email()),
                locale(profile.locale()), timeZone(profile.timeZone()));
        validate(account);
        audit.record(access.requireCaller(), "user.edit", AuditOutcome.SUCCESS, account.getUsername(), null);
        return account;
    }

    /** Disabling signs the user out everywhere at once. Nobody disables themselves or the last administrator. */
    @Requires(USER_DISABLE)
    public UserAccount disable(String username) {
        UserAccount account = directory.user(username);
        String caller = access.requireCaller();
        if (account.getUsername().equals(caller)) {
            throw Refusal.conflict("You cannot disable your own account.");
        }
        directory.lockAdministratorRole();
        if (access.isAdministrator(account.getUsername()) && access.activeAdministrators().size() <= 1) {
            throw Refusal.conflict("The last active administrator cannot be disabled.");
        }
        account.disable();
        audit.record(caller, "user.disable", AuditOutcome.SUCCESS, account.getUsername(), null);
        return account;
    }

    @Requires(USER_DISABLE)
    public UserAccount enable(String username) {
        UserAccount account = directory.user(username);
        account.enable();
        audit.record(access.requireCaller(), "user.enable", AuditOutcome.SUCCESS, account.getUsername(), null);
        return account;
    }

    @Requires(USER_UNLOCK)
    public UserAccount unlock(String username) {
        UserAccount account = directory.user(username);
        account.unlock();
        audit.record(access.requireCaller(), "account.unlock", AuditOutcome.SUCCESS, account.getUsername(), null);
        return account;
    }

    @SignedIn
    public UserAccount me() {
        return directory.user(access.requireCaller());
    }

    /**
     * Changes the caller's own password after checking the current one. Other sessions of the
     * account end.
     *
     * @return the account's new security stamp, which the caller's own session adopts
     */
    @SignedIn
    public long changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = directory.user(access.requireCaller());
        if (currentPassword == null || !hashing.verify(currentPassword.toCharArray(), account.getPasswordHash())) {
            audit.recordAttempt(account.getUsername(), "password.change", AuditOutcome.FAILURE, account.getUsername(), "wrong current password");
            failedAttempts.countInSession(account.getUsername());
            throw Refusal.invalid("The current password is wrong.");
        }
        policy.violation(account.getUsername(), newPassword).ifPresent(reason -> {
            throw Refusal.invalid(reason);
        });
        account.changePassword(hashing.hash(newPassword.toCharArray()), Instant.now());
        audit.record(account.getUsername(), "password.change", AuditOutcome.SUCCESS, account.getUsername(), null);
        return account.getSecurityStamp();
    }

    private void validate(UserAccount account) {
        Set<ConstraintViolation<UserAccount>> violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations);
        }
    }

    private static String required(String value, String reason) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(reason);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String locale(String tag) {
        String value = blankToNull(tag);
        if (value == null) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value).build();
            if (locale.getLanguage().isEmpty()) {
                throw Refusal.invalid("The locale " + value + " names no language.");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw Refusal.invalid("The locale " + value + " is not a language tag such as en or de-CH.");
        }
    }

    private static String timeZone(String zone) {
        String value = blankToNull(zone);
        if (value == null) {
            return null;
        }
        try {
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            throw Refusal.invalid("The time zone " + value + " is unknown; use a name such as Europe/Zurich.");
        }
    }
}
