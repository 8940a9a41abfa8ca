package org.waymark.web.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resource whose calls carry their own credential (a capture token) instead of a signed-in
 * user: {@link SignedInFilter} lets them through, and the service checks the token.
 */
@Retention(RUNTIME)
@Target(TYPE)
public @interface TokenAuthenticated {
}
