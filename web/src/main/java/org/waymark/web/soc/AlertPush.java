package org.waymark.web.soc;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.waymark.alerting.control.AlertActivity;

/**
 * Pushes committed alert changes to the open SOC screens (f:websocket channel "alerts"). The
 * message says only that something changed: each screen then asks for what its user may see, so
 * nothing reaches a browser past the services' permission checks. An attack changes alerts many
 * times a second: the changes of a quarter second go out as one message, sent off the rules' thread.
 */
@ApplicationScoped
public class AlertPush {

    static final long GATHER_MILLIS = 250;

    @Inject
    @Push(channel = "alerts")
    PushContext screens;

    @Inject
    AlertActivity activity;

    private final AtomicBoolean listening = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private ManagedScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext started) throws NamingException {
        // Weld may announce the application scope more than once; one listener is enough
        if (listening.compareAndSet(false, true)) {
            scheduler = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
            activity.listen(alertId -> changed());
        }
    }

    private void changed() {
        if (pending.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                pending.set(false);
                screens.send("changed");
            }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
