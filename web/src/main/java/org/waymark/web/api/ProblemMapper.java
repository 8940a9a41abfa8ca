package org.waymark.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waymark.access.boundary.AccessDeniedException;
import org.waymark.common.boundary.Refusal;

/**
 * Every failure of an API call as problem+json: refusals with their reason and status, denied
 * access as 403, JAX-RS' own errors (unknown path, unreadable body) with theirs, and anything
 * unexpected as a 500 that tells nothing about the server (the log has the details).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : exception;
        if (cause instanceof Refusal refusal) {
            return Problems.response(refusal.kind().status(), refusal.getMessage());
        }
        if (cause instanceof AccessDeniedException denied) {
            return Problems.response(Response.Status.FORBIDDEN, denied.getMessage());
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problems.response(status.getStatusCode(), status.getStatusCode() == 404 ? "There is no such resource." : web.getMessage());
        }
        LOG.log(Level.SEVERE, "an API call failed", exception);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR, "The request failed on the server; the log has the details.");
    }
}
