package org.waymark.configuration.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

/**
 * Operator settings. Each has an environment variable ({@code DAP_ADMIN_PASSWORD}) and, for
 * servers where environment variables are awkward, a system property ({@code dap.admin.password}).
 * Read directly rather than through MicroProfile Config because the EAR must also run on full
 * Jakarta EE servers that do not ship MicroProfile.
 */
@ApplicationScoped
public class Settings {

    public Optional<String> get(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            value = System.getProperty(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    /** {@code true} or {@code false}; anything else stops with a message naming the variable. */
    public boolean getBoolean(String variable, boolean defaultValue) {
        return get(variable).map(value -> switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException(variable + " must be true or false, not '" + value + "'");
        }).orElse(defaultValue);
    }

    /** A whole number of at least {@code min}; a wrong value stops with a message naming the variable. */
    public int getInt(String variable, int defaultValue, int min) {
        return get(variable).map(value -> {
            try {
                int parsed = Integer.parseInt(value.strip());
                if (parsed >= min) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalStateException(variable + " must be a whole number of at least " + min + ", not '" + value + "'");
        }).orElse(defaultValue);
    }
}
