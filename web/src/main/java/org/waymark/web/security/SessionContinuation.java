package org.waymark.web.security;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Continues a signed-in Editor session before anything else looks at the request (see
 * {@link SessionContinuationInterceptor}); the REST API never uses sessions.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface SessionContinuation {
}
