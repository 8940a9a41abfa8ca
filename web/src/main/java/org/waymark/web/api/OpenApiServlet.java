package org.waymark.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The API's description at /openapi. Written by hand (WEB-INF/openapi.yaml, kept complete by
 * OpenApiDocumentTest) because the EAR must also run on servers without MicroProfile OpenAPI.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/yaml;charset=UTF-8");
        try (InputStream document = getServletContext().getResourceAsStream("/WEB-INF/openapi.yaml")) {
            document.transferTo(response.getOutputStream());
        }
    }
}
