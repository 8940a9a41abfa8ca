package org.waymark.it.browser;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waymark.it.support.BrowserPerTest;
import org.waymark.it.support.MicroDeployment;

/** What every browser test has: the application on Payara Micro, its root, and a fresh Chromium per test. */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MicroDeployment.application();
    }

    @ArquillianResource
    URL deployed;

    @RegisterExtension
    final BrowserPerTest browser = new BrowserPerTest();

    /** The application's root, ending in a slash. */
    String base;

    @BeforeEach
    void findTheApplication() {
        base = MicroDeployment.root(deployed);
    }

    /** Signs in on the login page and returns the Editor page it leads to. */
    EditorPage signIn(String username, String password) {
        LoginPage.open(browser.driver(), base).signIn(username, password);
        return new EditorPage(browser.driver(), base);
    }
}
