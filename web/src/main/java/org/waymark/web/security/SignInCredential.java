package org.waymark.web.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** What the login page sends: username, password and, for accounts that have one, the second factor. */
public class SignInCredential extends UsernamePasswordCredential {

    private final String secondFactor;

    public SignInCredential(String username, String password, String secondFactor) {
        super(username, new Password(password));
        this.secondFactor = secondFactor;
    }

    public String secondFactor() {
        return secondFactor;
    }
}
