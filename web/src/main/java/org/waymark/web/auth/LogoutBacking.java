package org.waymark.web.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.waymark.identity.boundary.Sessions;

/** The sign-out button of the layout. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    ExternalContext external;

    @Inject
    Sessions sessions;

    public void logout() throws ServletException, IOException {
        sessions.signingOut();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
