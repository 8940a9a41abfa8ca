package org.waymark.web.security;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * What happens to every request before the authentication mechanism (see
 * {@link RequestIntakeInterceptor}): its origin is noted, and a signed-in Editor session continues.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface RequestIntake {
}
