package org.waymark.access.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.waymark.access.boundary.AccessDeniedException;
import org.waymark.access.entity.Permission;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;

/** Enforces {@link Requires} before the service method runs; a denial is audited and thrown. */
@Requires(Permission.USER_VIEW) // the binding; the permission checked is the method's own
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class PermissionCheck {

    public static final String ACCESS_DENIED = "access.denied";

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        Permission permission = method.getAnnotation(Requires.class).value();
        Long systemId = permission.isSystemScoped() ? systemScope(invocation) : null;
        if (!access.callerMay(permission, systemId)) {
            String target = method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + (systemId == null ? "" : " (system " + systemId + ")");
            audit.recordAttempt(access.caller().orElse("-"), ACCESS_DENIED, AuditOutcome.FAILURE, target, "requires " + permission);
            throw new AccessDeniedException(permission);
        }
        return invocation.proceed();
    }

    /** The system the call is about: its id, or its key (then looked up; null when no system has it). */
    private Long systemScope(InvocationContext invocation) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof SystemScope) {
                    Object system = invocation.getParameters()[i];
                    return system instanceof String key ? access.systemIdOf(key) : (Long) system;
                }
            }
        }
        return null;
    }
}
