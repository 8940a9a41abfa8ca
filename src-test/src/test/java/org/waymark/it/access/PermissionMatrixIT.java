package org.waymark.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waymark.access.control.Requires;
import org.waymark.it.support.Api;
import org.waymark.it.support.MicroDeployment;

/**
 * Every protected service action against every role (the eight built-in ones, a custom one and
 * none at all): allowed exactly when the role's permissions hold the action's permission.
 * The calls happen in the container, as real signed-in users (see {@link PermissionProbe}).
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    private static final String PASSWORD = "matrix-password-4242";
    private static final String CUSTOM = "MATRIX_AUDITOR";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application().addClass(PermissionProbe.class);
    }

    @ArquillianResource
    URL deployed;

    @Test
    void everyRoleMayDoExactlyWhatItsPermissionsSay() throws IOException, URISyntaxException, ClassNotFoundException {
        String root = MicroDeployment.root(deployed);
        Api admin = Api.admin(root);
        Api.Answer custom = admin.post("api/v1/roles", Json.createObjectBuilder().add("code", CUSTOM).add("name", "Matrix auditor")
                .add("description", "audit and users, read only")
                .add("permissions", Json.createArrayBuilder().add("AUDIT_VIEW").add("USER_VIEW")).build());
        assertTrue(custom.status() == 201 || custom.status() == 409, custom.toString());

        Map<String, Set<String>> roles = new TreeMap<>();
        admin.get("api/v1/roles").array().stream().map(JsonObject.class::cast).forEach(role -> roles.put(role.getString("code"),
                role.getJsonArray("permissions").getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet())));
        roles.put("NO_ROLE", Set.of());
        assertTrue(roles.keySet().containsAll(List.of("ADMINISTRATOR", "SYSTEM_MANAGER", "CONTENT_MANAGER", "CONTENT_CREATOR",
                "PUBLISHER", "TRANSLATOR", "ANALYST", "SECURITY_ANALYST", CUSTOM)), roles.keySet().toString());

        List<String> mismatches = new ArrayList<>();
        Set<String> probed = new TreeSet<>();
        for (Map.Entry<String, Set<String>> role : roles.entrySet()) {
            String username = "matrix-" + role.getKey().toLowerCase(Locale.ROOT).replace('_', '-');
            admin.createUser(username, PASSWORD);
            if (!role.getValue().isEmpty()) {
                Api.grant(root, username, role.getKey());
            }
            Api.Answer probe = Api.basic(root, username, PASSWORD).get("api/probe/permissions");
            assertEquals(200, probe.status(), probe.toString());
            for (String line : probe.body().lines().toList()) {
                String[] parts = line.split(" ");
                probed.add(parts[0] + " " + parts[1]);
                String expected = role.getValue().contains(parts[1]) ? "ALLOWED" : "DENIED";
                if (!expected.equals(parts[2])) {
                    mismatches.add(role.getKey() + ": " + parts[0] + " needs " + parts[1] + ", expected " + expected + " but was " + parts[2]);
                }
            }
        }

        assertEquals(protectedActions(), probed, "the probe reached every protected action of the services");
        assertEquals(List.of(), mismatches);
    }

    /** Every service method that names a permission, read from the EJB module's classes. */
    private static Set<String> protectedActions() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Requires.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> actions = new TreeSet<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            List<String> classes;
            try (Stream<Path> files = Files.walk(root)) {
                classes = files.map(file -> root.relativize(file).toString())
                        .filter(name -> name.matches("org/waymark/\\w+/boundary/\\w+\\.class"))
                        .map(name -> name.replace('/', '.').replace(".class", ""))
                        .toList();
            }
            for (String name : classes) {
                for (Method method : Class.forName(name).getDeclaredMethods()) {
                    Requires requires = method.getAnnotation(Requires.class);
                    if (requires != null) {
                        actions.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " " + requires.value());
                    }
                }
            }
        }
        return actions;
    }
}
