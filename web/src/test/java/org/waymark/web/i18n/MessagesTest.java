package org.waymark.web.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.waymark.access.entity.Permission;
import org.waymark.alerting.entity.AlertStatus;
import org.waymark.alerting.entity.Severity;
import org.waymark.identity.entity.AssignmentState;
import org.waymark.web.navigation.Screen;

/** Every text a view asks the bundle for exists, so no page ever shows "???key???". */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("i18n\\['([^']+)'\\]");

    @Test
    void everyKeyUsedInAViewIsInTheBundle() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/waymark/web/i18n/messages.properties")) {
            messages.load(in);
        }
        TreeSet<String> missing = new TreeSet<>();
        for (Path view : views()) {
            Matcher used = KEY.matcher(Files.readString(view));
            while (used.find()) {
                if (!messages.containsKey(used.group(1))) {
                    missing.add(used.group(1) + " (" + view.getFileName() + ")");
                }
            }
        }

        assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
    }

    @Test
    void everyScreenPermissionAndStateHasALabel() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/waymark/web/i18n/messages.properties")) {
            messages.load(in);
        }
        TreeSet<String> missing = new TreeSet<>();
        Stream.of(Screen.values()).filter(Screen::inMenu).map(screen -> "menu." + screen.key()).forEach(missing::add);
        Stream.of(Permission.values()).map(permission -> "Permission." + permission).forEach(missing::add);
        Stream.of(AssignmentState.values()).map(state -> "AssignmentState." + state).forEach(missing::add);
        Stream.of(AlertStatus.values()).map(status -> "AlertStatus." + status).forEach(missing::add);
        Stream.of(Severity.values()).map(severity -> "Severity." + severity).forEach(missing::add);
        missing.removeAll(messages.stringPropertyNames());

        assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
    }
}
