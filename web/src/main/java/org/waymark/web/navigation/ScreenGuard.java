package org.waymark.web.navigation;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.waymark.access.control.AccessControl;
import org.waymark.access.control.PermissionCheck;
import org.waymark.audit.boundary.AuditTrail;
import org.waymark.audit.entity.AuditOutcome;

/**
 * Answers 403 for a screen the caller's permissions do not open, however the address was
 * reached. The actions on the screen are checked again by the services.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ScreenGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Screen> screen = Screen.at(request.getServletPath());
        if (screen.isPresent() && screen.get().permission() != null && request.getUserPrincipal() != null
                && !access.callerMayAnywhere(screen.get().permission())) {
            audit.recordAttempt(request.getUserPrincipal().getName(), PermissionCheck.ACCESS_DENIED, AuditOutcome.FAILURE, "screen " + screen.get().path(),
                    "requires " + screen.get().permission());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
