package org.waymark.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application's Payara Micro WAR exactly as built, for Arquillian to deploy. */
public final class MicroDeployment {

    private MicroDeployment() {
    }

    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, Paths.microDir().resolve("waymark-micro.war").toFile());
    }
}
