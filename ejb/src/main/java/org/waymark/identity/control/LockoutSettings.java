package org.waymark.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.waymark.configuration.control.Settings;
import org.waymark.identity.entity.LockoutPolicy;

/** The account lockout policy from the environment: 5 failures within 15 minutes lock for 15 minutes. */
@ApplicationScoped
public class LockoutSettings {

    @Inject
    Settings settings;

    /** Dependent: a record cannot be proxied, and reading three settings is cheap. */
    @Produces
    LockoutPolicy policy() {
        return new LockoutPolicy(
                settings.getInt("DAP_LOCKOUT_THRESHOLD", 5, 1),
                Duration.ofMinutes(settings.getInt("DAP_LOCKOUT_WINDOW_MINUTES", 15, 1)),
                Duration.ofMinutes(settings.getInt("DAP_LOCKOUT_MINUTES", 15, 1)));
    }
}
