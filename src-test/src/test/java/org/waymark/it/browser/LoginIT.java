package org.waymark.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A person at a browser signs in to the Editor on Payara Micro. */
class LoginIT extends BrowserTest {

    @Test
    void theAdministratorSignsInAndSeesTheEditorHome() {
        LoginPage login = LoginPage.open(browser.driver(), base);
        assertTrue(login.isThemed(), "the login page carries the PrimeFaces theme");

        login.signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));

        HomePage home = new HomePage(browser.driver());
        assertEquals("Welcome, admin", home.welcome());
        assertEquals("Signed in as admin", home.signedInAs());
    }

    @Test
    void aWrongPasswordShowsAnErrorAndStaysOnTheLoginPage() {
        LoginPage login = LoginPage.open(browser.driver(), base);

        login.signIn("admin", "certainly-not-the-password");

        assertEquals("Wrong username, password or authentication code.", login.errorMessage());
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void anUnknownUserGetsTheSameErrorAsAWrongPassword() {
        LoginPage login = LoginPage.open(browser.driver(), base);

        login.signIn("nobody-by-this-name", "certainly-not-the-password");

        assertEquals("Wrong username, password or authentication code.", login.errorMessage());
    }

    @Test
    void thePageBehindLoginLeadsToTheLoginPageAndBackAfterSigningIn() {
        browser.driver().get(base + "index.xhtml");
        LoginPage login = new LoginPage(browser.driver()).awaitShown();
        assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "redirected to the login page");

        login.signIn("admin", System.getenv("DAP_ADMIN_PASSWORD"));

        assertEquals("Welcome, admin", new HomePage(browser.driver()).welcome());
    }

    @Test
    void healthIsUpAndPagesCarryTheSecurityHeaders() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}", health.body());
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'nonce-"), "nonce-based CSP: " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
    }
}
