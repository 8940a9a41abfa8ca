package org.waymark.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;

/**
 * After a successful change: a message from the bundle that survives the redirect back to the
 * same page (post-redirect-get, so that reloading does not repeat the change).
 */
@RequestScoped
public class Flash {

    @Inject
    FacesContext faces;

    /** @return the outcome that redirects to the current view */
    public String redirect(String messageKey, Object... arguments) {
        String text = MessageFormat.format(faces.getApplication().getResourceBundle(faces, "i18n").getString(messageKey), arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
