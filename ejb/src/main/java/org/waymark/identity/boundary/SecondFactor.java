package org.waymark.identity.boundary;

import static org.waymark.access.entity.Permission.SECURITY_SETTINGS;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.Requires;
import org.waymark.access.control.SignedIn;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;
import org.waymark.common.boundary.Refusal;
import org.waymark.identity.control.RandomSecrets;
import org.waymark.identity.control.Directory;
import org.waymark.identity.control.FailedAttempts;
import org.waymark.identity.control.Totp;
import org.waymark.identity.entity.SecondFactorPolicy;
import org.waymark.identity.entity.UserAccount;

/**
 * The optional second factor: an authenticator app (TOTP) and ten single-use recovery codes.
 * Enrolment takes two steps, so that a secret the app never received cannot lock anyone out:
 * {@link #begin} shows the secret (as a QR code), {@link #confirm} enables it with a first code.
 * Roles decide whether their holders may turn it off again ({@link SecondFactorPolicy}).
 */
@Stateless
public class SecondFactor {

    public static final String ISSUER = "Waymark";
    static final int RECOVERY_CODES = 10;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Inject
    FailedAttempts failedAttempts;

    /** What the authenticator app needs: the secret, as text and as the otpauth:// address of a QR code. */
    public record Enrolment(String secret, String uri) {
    }

    @SignedIn
    public Enrolment begin() {
        UserAccount account = caller();
        if (account.hasSecondFactor()) {
            throw Refusal.conflict("Two-step sign-in is already set up; turn it off first to change the authenticator.");
        }
        String secret = Totp.newSecret();
        account.startSecondFactorEnrolment(secret);
        return new Enrolment(secret, Totp.uri(ISSUER, account.getUsername(), secret));
    }

    /** @return the recovery codes, shown this once */
    @SignedIn
    public List<String> confirm(String code) {
        UserAccount account = caller();
        String pending = account.getPendingSecondFactorSecret();
        if (pending == null) {
            throw Refusal.conflict("Start the set-up first.");
        }
        Instant now = Instant.now();
        OptionalLong step = Totp.matchingStep(pending, code, now);
        if (step.isEmpty()) {
            audit.recordAttempt(account.getUsername(), "second-factor.enrol", AuditOutcome.FAILURE, account.getUsername(), "wrong code");
            throw Refusal.invalid("The code does not match; check the time on your phone and try the next code.");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(RandomSecrets.recoveryCode());
        }
        account.confirmSecondFactor(step.getAsLong(), codes.stream().map(SecondFactor::hashOfRecoveryCode).toList(), now);
        audit.record(account.getUsername(), "second-factor.enrol", AuditOutcome.SUCCESS, account.getUsername(), "authenticator app");
        return codes;
    }

    /** Turns the caller's second factor off, with a current code, unless one of its roles keeps it. */
    @SignedIn
    public void turnOff(String code) {
        UserAccount account = caller();
        if (!account.hasSecondFactor()) {
            throw Refusal.conflict("Two-step sign-in is not set up.");
        }
        if (access.strictestSecondFactorPolicy(account.getUsername()) != SecondFactorPolicy.OPTIONAL) {
            throw Refusal.conflict("One of your roles requires two-step sign-in.");
        }
        if (!verify(account, code, Instant.now())) {
            audit.recordAttempt(account.getUsername(), "second-factor.remove", AuditOutcome.FAILURE, account.getUsername(), "wrong code");
            failedAttempts.countInSession(account.getUsername());
            throw Refusal.invalid("The code does not match.");
        }
        account.removeSecondFactor();
        audit.record(account.getUsername(), "second-factor.remove", AuditOutcome.SUCCESS, account.getUsername(), "by the user");
    }

    /** For a user who lost the authenticator and the recovery codes: they enrol again at the next sign-in. */
    @Requires(SECURITY_SETTINGS)
    public void reset(String username) {
        UserAccount account = directory.user(username);
        account.removeSecondFactor();
        account.endSessions();
        audit.record(access.requireCaller(), "second-factor.remove", AuditOutcome.SUCCESS, account.getUsername(), "reset by an administrator");
    }

    /**
     * Checks a sign-in's second factor: a current authenticator code (each good once) or an
     * unused recovery code (used up by this).
     */
    static boolean verify(UserAccount account, String code, Instant now) {
        if (code == null || code.isBlank()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(account.getSecondFactorSecret(), code, now);
        if (step.isPresent()) {
            return account.acceptSecondFactorStep(step.getAsLong());
        }
        return account.useRecoveryCode(hashOfRecoveryCode(code), now);
    }

    static boolean isRecoveryCode(String code) {
        return code != null && !code.strip().matches("\\d{" + Totp.DIGITS + "}");
    }


    private static String hashOfRecoveryCode(String code) {
        return RandomSecrets.fingerprint(code.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT));
    }

    private UserAccount caller() {
        return directory.user(access.requireCaller());
    }
}
