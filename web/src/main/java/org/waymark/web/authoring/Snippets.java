package org.waymark.web.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.waymark.authoring.control.Snippet;
import org.waymark.authoring.entity.TargetSystem;
import org.waymark.configuration.control.Settings;

/**
 * The snippets a system's environments paste, addressed as the target applications' users reach
 * this application: {@code DAP_PUBLIC_URL} when set (behind a reverse proxy or a load balancer),
 * else the address the current request came to.
 */
@ApplicationScoped
public class Snippets {

    @Inject
    Settings settings;

    /** Per environment, in the system's order, the line to paste. */
    public Map<String, String> of(TargetSystem system, HttpServletRequest request) {
        String base = base(request);
        Map<String, String> snippets = new LinkedHashMap<>();
        for (String environment : system.getEnvironments()) {
            snippets.put(environment, Snippet.of(base, system.getKey(), environment));
        }
        return snippets;
    }

    private String base(HttpServletRequest request) {
        Optional<String> configured = settings.get("DAP_PUBLIC_URL").map(String::strip);
        if (configured.isPresent()) {
            return checked(configured.get());
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return url.endsWith("/") ? url : url + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalStateException("DAP_PUBLIC_URL must be this application's http(s) address, such as https://waymark.example.com/, not '"
                + url + "'");
    }
}
