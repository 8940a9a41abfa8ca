package org.waymark.access.control;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the parameter that a {@link Requires} check is scoped to: a system id (null for "all
 * systems") or a system key.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface SystemScope {
}
