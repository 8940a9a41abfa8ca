package org.waymark.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.waymark.access.control.RequestOrigin;
import org.waymark.identity.boundary.Sessions;

/**
 * The first code every request meets. It notes the request's origin for the audit trail, then
 * does what {@code @AutoApplySession} does, with two differences: REST calls never get a
 * session, and a session whose account changed since sign-in (disabled, a role revoked, a new
 * password: see {@link Sessions}) ends here, so the user lands on the login page. It runs before
 * {@code @LoginToContinue}'s interceptor, which would otherwise send a signed-in user to the login
 * page: hence the priority, the same as Soteria gives its own session interceptor.
 */
@RequestIntake
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class RequestIntakeInterceptor {

    @Inject
    Sessions sessions;

    @Inject
    RequestOrigin origin;

    @AroundInvoke
    Object intake(InvocationContext invocation) throws Exception {
        if (!"validateRequest".equals(invocation.getMethod().getName())) {
            return invocation.proceed();
        }
        HttpServletRequest request = (HttpServletRequest) invocation.getParameters()[0];
        HttpMessageContext context = (HttpMessageContext) invocation.getParameters()[2];
        origin.set(request.getRemoteAddr(), request.getHeader("User-Agent"));
        Principal caller = request.getUserPrincipal();
        if (caller == null || WaymarkAuthentication.isApi(request) || context.isAuthenticationRequest()) {
            return invocation.proceed();
        }
        HttpSession session = request.getSession(false);
        Object stamp = session == null ? null : session.getAttribute(WaymarkAuthentication.SECURITY_STAMP);
        if (!(stamp instanceof Long current) || !sessions.isCurrent(caller.getName(), current)) {
            if (session != null) {
                session.invalidate();
            }
            return invocation.proceed();
        }
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("the container refused the session's caller", e);
        }
        return AuthenticationStatus.SUCCESS;
    }
}
