package org.waymark.web.player;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.authoring.boundary.Systems;

/**
 * {@code /p/{system}/{environment}/loader.js}, the script the snippet loads. Until publishing
 * writes each environment's own loader, every system's is the same small script: it starts element
 * capture when the Editor opened the page with a capture token, and does nothing otherwise. It
 * answers 404 for a system or environment that does not exist, as published files will.
 */
@WebServlet(urlPatterns = "/p/*")
public class LoaderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern LOADER = Pattern.compile("/([a-z0-9-]+)/([a-z0-9-]+)/loader\\.js");

    @Inject
    transient Systems systems;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = LOADER.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches() || !systems.hasEnvironment(path.group(1), path.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/javascript;charset=UTF-8");
        // the target application's pages load it on every visit: a few minutes of caching, then a check
        response.setHeader("Cache-Control", "public, max-age=300");
        try (InputStream script = getServletContext().getResourceAsStream("/WEB-INF/player/loader.js")) {
            script.transferTo(response.getOutputStream());
        }
    }
}
