package org.waymark.it.browser;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waymark.it.support.TextShown;

/** The SOC's Alerts screen, open in the browser and following the alerts by push. */
public final class AlertsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private AlertsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the screen and marks the page, so that {@link #notReloaded()} can tell a push from a reload. */
    public static AlertsPage open(EditorPage editor, WebDriver driver) {
        editor.open("soc/alerts.xhtml");
        ((JavascriptExecutor) driver).executeScript("window.sameAlertsPage = true;");
        return new AlertsPage(driver);
    }

    /** Waits until the row about the entity shows the text. */
    public void awaitRow(String entity, String text) {
        wait.withMessage(() -> "the row about " + entity + " to show \"" + text + "\"; it shows \"" + row(entity) + "\"")
                .until(page -> row(entity).contains(text));
    }

    /** The row about the entity, as shown (cells apart by tabs), or "" while there is none. */
    public String row(String entity) {
        return TextShown.ofAll(driver, "#queue\\:table tr.alert-row").stream().filter(text -> text.contains(entity)).findFirst().orElse("");
    }

    /** Whether the page is still the one {@link #open} loaded: what it shows now came by push. */
    public boolean notReloaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.sameAlertsPage === true;"));
    }
}
