package org.waymark.access.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.waymark.access.boundary.AccessDeniedException;

/** Enforces {@link SignedIn}: the method acts on the caller's own account, so there must be one. */
@SignedIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class SignedInCheck {

    @Inject
    AccessControl access;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        if (access.caller().isEmpty()) {
            throw new AccessDeniedException(null);
        }
        return invocation.proceed();
    }
}
