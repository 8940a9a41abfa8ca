package org.waymark.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every custom constraint message an entity names exists, so no form shows "{key}". */
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("message = \"\\{([^}]+)}\"");

    @Test
    void everyMessageKeyOfTheEntitiesIsDefined() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ValidationMessages.properties")) {
            messages.load(in);
        }
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher used = KEY.matcher(Files.readString(source));
                while (used.find()) {
                    if (!messages.containsKey(used.group(1))) {
                        missing.add(used.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }

        assertTrue(missing.isEmpty(), "keys missing from ValidationMessages.properties: " + missing);
    }
}
