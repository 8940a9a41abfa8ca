package org.waymark.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API call needs a caller: web.xml leaves /api/ open so that REST clients get a 401
 * problem here instead of the Editor's login page.
 */
@Provider
public class SignedInFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean ownCredential = resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(TokenAuthenticated.class);
        if (!ownCredential && request.getSecurityContext().getUserPrincipal() == null) {
            Response response = Problems.response(Response.Status.UNAUTHORIZED,
                    "Send an API key as 'Authorization: Bearer <key>', or a username and password with HTTP Basic.");
            request.abortWith(Response.fromResponse(response)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"waymark\", Basic realm=\"waymark\", charset=\"UTF-8\"")
                    .build());
        }
    }
}
