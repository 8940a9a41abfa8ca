package org.waymark.it.support;

import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application's Payara Micro WAR exactly as built, for Arquillian to deploy. */
public final class MicroDeployment {

    private MicroDeployment() {
    }

    /** The root of a deployed application as Arquillian reports it, always ending in a slash. */
    public static String root(URL deployed) {
        String url = deployed.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    public static WebArchive application() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, Paths.microDir().resolve("waymark-micro.war").toFile());
        // Arquillian finds its test servlet only below a named context root: here the application
        // runs under /waymark-micro/ (the launcher tests cover the root context).
        war.delete("WEB-INF/payara-web.xml");
        return war;
    }

    /** The application plus the given test classes, run inside it through Arquillian's servlet. */
    public static WebArchive withInContainerTests(Class<?>... testClasses) {
        // Everything in Waymark needs a signed-in user; Arquillian's own servlet must stay open.
        JavaArchive openRunner = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.1">
                            <name>arquillian_runner_open</name>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>Arquillian</web-resource-name>
                                    <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """), "web-fragment.xml");
        return application().addAsLibrary(openRunner).addClasses(testClasses);
    }
}
