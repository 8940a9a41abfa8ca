package org.waymark.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: {@value #PREFIX} and 32 random bytes in URL-safe Base64. They are stored as SHA-256:
 * with 256 random bits a slow hash adds nothing, and a fast one lets each request find its key
 * by an index.
 */
public final class ApiKeySecrets {

    public static final String PREFIX = "wmk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What lists show to recognise a key: the prefix and a few characters. */
    public static String visiblePart(String key) {
        return key.substring(0, Math.min(key.length(), PREFIX.length() + 6));
    }
}
