package org.waymark.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The administration REST API. Callers authenticate with an API key ({@code Authorization:
 * Bearer}) or HTTP Basic (see WaymarkAuthentication); the services check the permissions.
 * Described for clients at /openapi.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
