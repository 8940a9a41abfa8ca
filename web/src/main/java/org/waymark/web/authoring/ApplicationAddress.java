package org.waymark.web.authoring;

import jakarta.servlet.http.HttpServletRequest;

/** This application's root address as the caller reached it, for the snippets it shows. */
public final class ApplicationAddress {

    private ApplicationAddress() {
    }

    /** Scheme, host, port and context path, ending in {@code /}. */
    public static String of(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }
}
