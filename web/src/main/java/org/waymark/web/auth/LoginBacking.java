package org.waymark.web.auth;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.waymark.web.security.SignInCredential;

/** The login page: hands the credentials to Jakarta Security and reports a failure on the page. */
@Named
@RequestScoped
public class LoginBacking {

    private String username;
    private String password;
    private String code;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    public void submit() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A session id that existed before sign-in (perhaps planted) never carries the signed-in
        // user: it is replaced now, while the response can still set the cookie.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .newAuthentication(true)
                .credential(new SignInCredential(username, password, code)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // redirected to the page the user asked for
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
            case SEND_FAILURE, NOT_DONE -> {
                // One message for every reason, so that the page never tells whether a username exists.
                ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, i18n.getString("login.failed"), null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
