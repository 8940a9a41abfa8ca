package org.waymark.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.waymark.access.control.ApiKeyLimit;
import org.waymark.configuration.control.Settings;
import org.waymark.identity.boundary.Authentication;
import org.waymark.identity.boundary.SignedInUser;
import org.waymark.web.api.Problems;

/**
 * How callers prove who they are, the Jakarta Security way:
 * <ul>
 * <li>Editor pages: form sign-in. The login page's backing bean hands the credentials to
 * {@code SecurityContext.authenticate}; a protected page redirects to the login page and back.
 * The session then carries the caller, and every request checks that the account's security
 * stamp is still the one the session began with (see {@link RequestIntake}).</li>
 * <li>{@value #API}: {@code Authorization: Bearer <API key>} or HTTP Basic, checked at every
 * request, without a session.</li>
 * </ul>
 * One mechanism for both, because an application has one. Sessions continue through
 * {@link RequestIntake} rather than {@code @AutoApplySession}, which would open a session
 * for every REST request.
 */
@ApplicationScoped
@RequestIntake
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
public class WaymarkAuthentication implements HttpAuthenticationMechanism {

    public static final String API = "/api/";
    /** The session attribute holding the security stamp from sign-in. */
    public static final String SECURITY_STAMP = "waymark.securityStamp";

    @Inject
    Authentication authentication;

    @Inject
    ApiKeyLimit apiKeyLimit;

    @Inject
    Settings settings;

    /** Signed-in sessions end after this much idleness (DAP_SESSION_IDLE_MINUTES, default 30). */
    private int idleMinutes;

    @PostConstruct
    void configure() {
        idleMinutes = settings.getInt("DAP_SESSION_IDLE_MINUTES", 30, 1);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (isApi(request)) {
            return api(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, context, password);
        }
        return context.doNothing();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        String secondFactor = credential instanceof SignInCredential signIn ? signIn.secondFactor() : null;
        Optional<SignedInUser> user = authentication.authenticate(credential.getCaller(), credential.getPassword().getValue(), secondFactor);
        if (user.isEmpty()) {
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        HttpSession session = request.getSession();
        session.setAttribute(SECURITY_STAMP, user.get().securityStamp());
        session.setMaxInactiveInterval(idleMinutes * 60);
        context.setRegisterSession(user.get().username(), user.get().roles());
        return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing(); // the API answers 401 itself, with a problem+json body
        }
        Optional<SignedInUser> user;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            user = authentication.authenticateApiKey(header.substring(7).strip());
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(header.substring(6).strip());
        } else {
            return unauthorized(response, "The Authorization header must be 'Bearer <API key>' or 'Basic'.");
        }
        if (user.isEmpty()) {
            return unauthorized(response, "The credentials are not valid.");
        }
        if (user.get().apiKeyId() != null) {
            apiKeyLimit.restrictTo(user.get().apiKeyId());
        }
        return context.notifyContainerAboutLogin(user.get().username(), user.get().roles());
    }

    private Optional<SignedInUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        // Basic has no place for a second factor: accounts that have one use API keys instead.
        return authentication.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray(), null);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String reason) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"waymark\", Basic realm=\"waymark\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problems.json(401, "Unauthorized", reason));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
