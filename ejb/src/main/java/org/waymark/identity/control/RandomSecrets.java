package org.waymark.identity.control;

import java.security.SecureRandom;

/** Random secrets that people may have to type. */
public final class RandomSecrets {

    /** No 0/O, 1/l/I: the bootstrap password is read off a console and typed. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** 20 characters of a 57-letter alphabet: about 116 bits. */
    public static String password() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
