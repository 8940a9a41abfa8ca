package org.waymark.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Any page of the Editor behind sign-in: its menu, its messages, signing out, and the admin screens. */
public final class EditorPage {

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    public EditorPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** The menu entries the user sees, by screen: "home", "users", … */
    public List<String> menu() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wm-menu")));
        return driver.findElements(By.cssSelector(".wm-menu a")).stream()
                .map(link -> link.getAttribute("class"))
                .map(classes -> classes.replaceAll(".*menu-([a-z]+).*", "$1"))
                .toList();
    }

    public void open(String path) {
        driver.get(base + path);
        wait.until(ready -> "complete".equals(((JavascriptExecutor) ready).executeScript("return document.readyState")));
    }

    public boolean showsForbidden() {
        return !driver.findElements(By.id("forbidden")).isEmpty();
    }

    /** On the users screen: creates a user and returns the confirmation. */
    public String createUser(String username, String displayName, String password) {
        open("admin/users.xhtml");
        type(By.id("create:username"), username);
        type(By.id("create:displayName"), displayName);
        type(By.id("create:password"), password);
        return clickAndReadMessage(By.id("create:submit"));
    }

    /** On a user's page: changes the display name and returns the confirmation. */
    public String renameUser(String username, String displayName) {
        open("admin/user.xhtml?username=" + username);
        type(By.id("profile:displayName"), displayName);
        return clickAndReadMessage(By.id("profile:save"));
    }

    /** The text of the users screen's table. */
    public String usersTable() {
        open("admin/users.xhtml");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:table"))).getText();
    }

    /** On a user's page: requests a role and returns the confirmation. */
    public String requestRole(String username, String roleCode) {
        open("admin/user.xhtml?username=" + username);
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("request:role")))).selectByValue(roleCode);
        return clickAndReadMessage(By.id("request:submit"));
    }

    /** In the approval queue: approves the request for the user and returns the confirmation. */
    public String approveRequestFor(String username) {
        open("admin/approvals.xhtml");
        return clickAndReadMessage(By.cssSelector(".approve-" + username));
    }

    public void signOut() {
        WebElement button = driver.findElement(By.id("session:logout"));
        button.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    }

    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    private String clickAndReadMessage(By button) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info, .ui-messages-error"))).getText();
    }
}
