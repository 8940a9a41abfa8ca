package org.waymark.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 through Jakarta Security's own implementation. Each hash carries its
 * algorithm, iteration count and salt, so the cost can be raised without invalidating old hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /**
     * A hash of a password nobody knows. Checking it when a username does not exist makes a
     * wrong username cost as much time as a wrong password, so timing does not reveal accounts.
     */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate(RandomSecrets.password().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /**
     * Whether a stored hash is weaker than what {@link #hash} makes now, so that it is replaced
     * at the next successful login. The stored form is {@code algorithm:iterations:salt:key}.
     */
    public boolean needsRehash(String hash) {
        String[] parts = hash.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends the time of one verification and fails. */
    public boolean verifyAgainstNothing(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }
}
