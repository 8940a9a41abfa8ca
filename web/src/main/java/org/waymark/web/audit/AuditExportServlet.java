package org.waymark.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.waymark.access.boundary.AccessDeniedException;
import org.waymark.audit.boundary.AuditFilter;
import org.waymark.audit.boundary.AuditLog;
import org.waymark.audit.entity.AuditOutcome;

/** The audit viewer's CSV download, for the signed-in Editor session (the REST API has its own). */
@WebServlet("/audit/export.csv")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilter filter;
        try {
            String outcome = request.getParameter("outcome");
            filter = new AuditFilter(request.getParameter("actor"), request.getParameter("action"),
                    outcome == null ? null : AuditOutcome.valueOf(outcome), request.getParameter("sourceAddress"),
                    instant(request.getParameter("from")), instant(request.getParameter("to")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        try {
            log.exportCsv(filter, response.getWriter());
        } catch (AccessDeniedException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static Instant instant(String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }
}
