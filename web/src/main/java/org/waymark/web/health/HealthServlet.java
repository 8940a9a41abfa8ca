package org.waymark.web.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waymark.database.boundary.DatabaseCheck;

/**
 * {@code GET /health}: 200 and {@code UP} when the application can serve, 503 and {@code DOWN}
 * when its database cannot be used. The body has the shape of MicroProfile Health, so the probes
 * that load balancers and orchestrators already speak understand it; it is served by the
 * application itself because full Jakarta EE servers need not carry MicroProfile.
 */
@WebServlet(urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    @Inject
    DatabaseCheck database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String problem = database.problem();
        JsonObjectBuilder check = Json.createObjectBuilder()
                .add("name", "database")
                .add("status", problem == null ? "UP" : "DOWN");
        if (problem != null) {
            check.add("data", Json.createObjectBuilder().add("reason", problem));
        }
        String body = Json.createObjectBuilder()
                .add("status", problem == null ? "UP" : "DOWN")
                .add("checks", Json.createArrayBuilder().add(check))
                .build()
                .toString();
        response.setStatus(problem == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
