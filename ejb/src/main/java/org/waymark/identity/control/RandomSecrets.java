package org.waymark.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random secrets Waymark hands out (the bootstrap password, API keys, recovery codes), and
 * the fingerprint under which the high-entropy ones are stored.
 */
public final class RandomSecrets {

    /** No 0/O, 1/l/I: these secrets are read off a screen or console and typed. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The upper-case part, for codes typed in any case. */
    private static final String UPPER_ALPHABET = ALPHABET.substring(ALPHABET.indexOf('A'));
    private static final int PASSWORD_LENGTH = 20;
    public static final String API_KEY_PREFIX = "wmk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** 20 characters of a 57-letter alphabet: about 116 bits. */
    public static String password() {
        return characters(ALPHABET, PASSWORD_LENGTH);
    }

    /** {@value #API_KEY_PREFIX} and 32 random bytes in URL-safe Base64. */
    public static String apiKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return API_KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A capture token: 32 random bytes in URL-safe Base64, carried in a page address's fragment for minutes. */
    public static String captureToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "wmc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What lists show to recognise an API key: the prefix and a few characters. */
    public static String apiKeyVisiblePart(String key) {
        return key.substring(0, Math.min(key.length(), API_KEY_PREFIX.length() + 6));
    }

    /** 16 characters of a 32-letter alphabet (80 bits) in four groups: {@code ABCD-EFGH-JKLM-NPQR}. */
    public static String recoveryCode() {
        String code = characters(UPPER_ALPHABET, 16);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12);
    }

    /**
     * SHA-256 in hex: how API keys and recovery codes are stored. With 80 or more random bits a
     * slow hash adds nothing, and a fast one lets each request find its key by an index.
     */
    public static String fingerprint(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String characters(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
