package org.waymark.web.faces;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.access.boundary.AccessDeniedException;
import org.waymark.common.boundary.Refusal;

/**
 * Shows a service's refusal or denial as a message on the page the user is on, with its reason,
 * instead of an error page; everything else goes on to the error pages. Backing beans therefore
 * just call the services.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Pattern FIELD_PROBLEM = Pattern.compile("([A-Za-z][A-Za-z0-9_.\\[\\]]*): (.+)", Pattern.DOTALL);

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
            if (cause instanceof Refusal refusal) {
                events.remove();
                refusal.problems().forEach(problem -> show(faces, problem));
                faces.validationFailed();
                faces.renderResponse();
            } else if (cause instanceof AccessDeniedException) {
                events.remove();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getMessage(), null));
                faces.validationFailed();
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /**
     * A problem that names its field ({@code display.priority: 0 to 1000.}) goes next to the input
     * whose id is that path in identifier form ({@code display_priority}), when the page has one;
     * any other problem goes to the page's messages.
     */
    private static void show(FacesContext faces, String problem) {
        Matcher field = FIELD_PROBLEM.matcher(problem);
        if (field.matches()) {
            String id = field.group(1).replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", "");
            String[] clientId = new String[1];
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                if (component instanceof UIInput && id.equals(component.getId())) {
                    clientId[0] = component.getClientId(faces);
                    return VisitResult.COMPLETE;
                }
                return VisitResult.ACCEPT;
            });
            if (clientId[0] != null) {
                String reason = field.group(2);
                faces.addMessage(clientId[0], new FacesMessage(FacesMessage.SEVERITY_ERROR, Character.toUpperCase(reason.charAt(0))
                        + reason.substring(1), null));
                return;
            }
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
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
