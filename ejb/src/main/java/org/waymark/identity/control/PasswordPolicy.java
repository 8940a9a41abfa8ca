package org.waymark.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not the username, and
 * not one of the 10,000 most common passwords. The list (common-passwords.txt beside this class)
 * is the top of zxcvbn 4.4.2's frequency list (MIT, Dan Wheeler and Dropbox; from Mark Burnett's
 * 10M password corpus), regenerated with:
 * {@code node -e 'require("./package/lib/frequency_lists.js").passwords.slice(0,10000).forEach(p=>console.log(p))'}.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Longer input only costs hashing time; no password manager makes more. */
    public static final int MAX_LENGTH = 256;
    private static final String LIST = "common-passwords.txt";

    private final Set<String> common = load();

    /** The reason the password is refused, or empty when it is acceptable. */
    public Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("The password must be at most " + MAX_LENGTH + " characters long.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not be the username.");
        }
        if (common.contains(lower)) {
            return Optional.of("This password is one of the most common passwords; choose another.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(line -> line.toLowerCase(Locale.ROOT)).forEach(passwords::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
