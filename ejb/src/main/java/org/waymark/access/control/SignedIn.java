package org.waymark.access.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A service entry point for any signed-in user acting on their own account (no permission needed). */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface SignedIn {
}
