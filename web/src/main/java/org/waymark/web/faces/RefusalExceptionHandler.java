package org.waymark.web.faces;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.waymark.access.boundary.AccessDeniedException;
import org.waymark.common.boundary.Refusal;

/**
 * Shows a service's refusal or denial as a message on the page the user is on, with its reason,
 * instead of an error page; everything else goes on to the error pages. Backing beans therefore
 * just call the services.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable cause = events.next().getContext().getException();
            while ((cause instanceof FacesException || cause instanceof EJBException || cause instanceof ELException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof Refusal || cause instanceof AccessDeniedException) {
                events.remove();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getMessage(), null));
                faces.validationFailed();
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
