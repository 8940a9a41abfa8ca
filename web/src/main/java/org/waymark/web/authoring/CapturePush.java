package org.waymark.web.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.concurrent.atomic.AtomicBoolean;
import org.waymark.common.control.Broadcast;

/**
 * Tells an author's open Editors (f:websocket channel "captures", per user) that an element
 * arrived in their capture inbox: the capture may reach any node of a cluster, the Editor's socket
 * is open on one. The message says only that; the page asks the services for the inbox again.
 */
@ApplicationScoped
public class CapturePush {

    /** Broadcast topic; the news is the author's username. */
    public static final String TOPIC = "captures";
    /** What the open Editors of the author are told. */
    static final String CAPTURED = "captured";

    @Inject
    @Push(channel = "captures")
    PushContext editors;

    @Inject
    Broadcast broadcast;

    private final AtomicBoolean listening = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        // Weld may announce the application scope more than once; one listener is enough
        if (listening.compareAndSet(false, true)) {
            broadcast.listen(TOPIC, author -> editors.send(CAPTURED, author));
        }
    }

    /** Once the captured element is committed. */
    public void captured(String author) {
        broadcast.announce(TOPIC, author);
    }
}
