package org.waymark.it.support;

import java.nio.file.Path;

/** Where the build put what the tests run (failsafe passes these as system properties). */
public final class Paths {

    private Paths() {
    }

    public static Path root() {
        return property("waymark.root");
    }

    public static Path microDir() {
        return property("waymark.micro.dir");
    }

    public static Path ear() {
        return property("waymark.ear");
    }

    public static Path glassFishHome() {
        return property("waymark.glassfish.home");
    }

    /** Scratch space of this test run. */
    public static Path workDir() {
        return property("waymark.work.dir");
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set: run the integration tests with Maven (mvn verify)");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
