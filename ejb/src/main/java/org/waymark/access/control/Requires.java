package org.waymark.access.control;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.waymark.access.entity.Permission;

/**
 * The permission a service entry point needs, checked by {@link PermissionCheck} before the
 * method runs (on a method only: the type target exists for the interceptor class). For a system permission, the parameter marked {@link SystemScope} names the system.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Requires {

    @Nonbinding
    Permission value();
}
