package org.waymark.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in the Jakarta Security way: the login page's backing bean hands the credentials to
 * {@code SecurityContext.authenticate}, which asks {@link AccountIdentityStore}. A page that needs
 * a signed-in user redirects to the login page and, after sign-in, back to where the user was going.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class AuthenticationSetup {
}
