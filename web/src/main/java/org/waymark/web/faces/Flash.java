package org.waymark.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;

/**
 * Messages from the bundle for the user: after a successful change, one that survives the redirect
 * back to the same page (post-redirect-get, so that reloading does not repeat the change).
 */
@RequestScoped
public class Flash {

    @Inject
    FacesContext faces;

    /** @return the outcome that redirects to the current view */
    public String redirect(String messageKey, Object... arguments) {
        return redirectTo(faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true", messageKey, arguments);
    }

    /** @param outcome a view with its parameters and faces-redirect=true */
    public String redirectTo(String outcome, String messageKey, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(messageKey, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return outcome;
    }

    /** A message of the bundle, in the user's language, with its arguments. */
    public String text(String messageKey, Object... arguments) {
        return MessageFormat.format(faces.getApplication().getResourceBundle(faces, "i18n").getString(messageKey), arguments);
    }
}
