package org.waymark.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** /openapi describes exactly the operations the REST resources offer. */
class OpenApiDocumentTest {

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern OPERATION = Pattern.compile("^    (get|post|put|delete):\\s*$");

    @Test
    void everyOperationIsDescribedAndNothingElse() throws IOException {
        Set<String> documented = new TreeSet<>();
        String path = null;
        for (String line : Files.readAllLines(Paths.get("src/main/webapp/WEB-INF/openapi.yaml"))) {
            Matcher pathLine = PATH.matcher(line);
            Matcher operation = OPERATION.matcher(line);
            if (pathLine.matches()) {
                path = pathLine.group(1);
            } else if (operation.matches() && path != null) {
                documented.add(operation.group(1).toUpperCase(Locale.ROOT) + " " + path);
            } else if (!line.startsWith(" ")) {
                path = null;
            }
        }

        assertEquals(implemented(), documented);
    }

    private static Set<String> implemented() {
        Set<String> operations = new TreeSet<>();
        Stream.of(RolesResource.class, UsersResource.class, RoleAssignmentsResource.class, AuditResource.class, ApiKeysResource.class,
                SiemDestinationsResource.class, SyslogResource.class, AlertsResource.class, AlertRulesResource.class,
                NotificationChannelsResource.class, ExtractorsResource.class, SystemsResource.class,
                ItemsResource.class, ReviewsResource.class, ElementsResource.class, CapturesResource.class,
                CaptureResource.class, ExchangeResource.class).forEach(resource -> {
                    String base = "/" + resource.getAnnotation(Path.class).value();
                    for (Method method : resource.getDeclaredMethods()) {
                        String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                                : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                        if (verb != null) {
                            Path sub = method.getAnnotation(Path.class);
                            operations.add(verb + " " + base + (sub == null ? "" : "/" + sub.value()));
                        }
                    }
                });
        return operations;
    }
}
