package org.waymark.web.soc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.waymark.alerting.control.AlertActivity;

/**
 * Pushes every committed alert change to the open SOC screens (f:websocket channel "alerts"). The
 * message says only that something changed: each screen then asks for what its user may see, so
 * nothing reaches a browser past the services' permission checks.
 */
@ApplicationScoped
public class AlertPush {

    @Inject
    @Push(channel = "alerts")
    PushContext screens;

    @Inject
    AlertActivity activity;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        activity.listen(alertId -> screens.send("changed"));
    }
}
