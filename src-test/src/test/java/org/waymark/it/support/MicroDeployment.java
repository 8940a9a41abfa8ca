package org.waymark.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application's Payara Micro WAR exactly as built, for Arquillian to deploy. */
public final class MicroDeployment {

    private MicroDeployment() {
    }

    public static WebArchive application() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, Paths.microDir().resolve("waymark-micro.war").toFile());
        // Arquillian finds its test servlet only below a named context root: here the application
        // runs under /waymark-micro/ (the launcher tests cover the root context).
        war.delete("WEB-INF/payara-web.xml");
        return war;
    }
}
