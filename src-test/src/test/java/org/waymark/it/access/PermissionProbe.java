package org.waymark.it.access;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.TreeMap;
import org.waymark.access.boundary.AccessDeniedException;
import org.waymark.access.control.Requires;

/**
 * Deployed only with {@link PermissionMatrixIT}: calls every service method that names a
 * permission, as the caller of the request (HTTP Basic, hence below /api/), and answers one line
 * per method: {@code Class.method PERMISSION ALLOWED|DENIED}. Arguments are nulls and zeros, so
 * an allowed call stops at its first refusal and changes nothing.
 */
@WebServlet("/api/probe/permissions")
public class PermissionProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeanManager beans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        TreeMap<String, String> results = new TreeMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            // the services, and the CDI beans that check a permission before handing work to them (ImportJobs)
            if (!type.getName().startsWith("org.waymark.")
                    || Arrays.stream(type.getDeclaredMethods()).noneMatch(method -> method.isAnnotationPresent(Requires.class))) {
                continue;
            }
            Object service = beans.getReference(bean, type, beans.createCreationalContext(bean));
            for (Method method : type.getDeclaredMethods()) {
                Requires requires = method.getAnnotation(Requires.class);
                if (requires != null) {
                    results.put(type.getSimpleName() + "." + method.getName() + " " + requires.value(), outcome(service, method));
                }
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        results.forEach((method, outcome) -> out.println(method + " " + outcome));
    }

    private static String outcome(Object service, Method method) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == long.class ? 0L : types[i] == int.class ? 0 : types[i] == boolean.class ? false : null;
        }
        try {
            method.invoke(service, arguments);
            return "ALLOWED";
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException ? "DENIED" : "ALLOWED";
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
