package org.waymark.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page, as a user sees it. */
public final class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "login.xhtml");
        return new LoginPage(driver).awaitShown();
    }

    public LoginPage awaitShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        wait.until(ready -> "complete".equals(((JavascriptExecutor) ready).executeScript("return document.readyState")));
        return this;
    }

    /** Types the credentials, presses "Sign in" and waits for the next page. */
    public void signIn(String username, String password) {
        signIn(username, password, "");
    }

    /** With two-step sign-in: an authenticator or recovery code in the code field. */
    public void signIn(String username, String password, String code) {
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        type(By.id("login:code"), code);
        WebElement button = driver.findElement(By.id("login:submit"));
        button.click();
        wait.until(replaced(button));
    }

    private void type(By field, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The element's page has been replaced. Chromium reports an element of an unloaded page
     * either as stale or as "does not belong to the document"; both mean the same here.
     */
    private static ExpectedCondition<Boolean> replaced(WebElement element) {
        return ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        };
    }

    public String errorMessage() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error"))).getText();
    }

    /** Whether PrimeFaces' theme styled the page (its stylesheet loaded and applied). */
    public boolean isThemed() {
        String buttonBackground = driver.findElement(By.id("login:submit")).getCssValue("background-color");
        return driver.getPageSource().contains("primefaces-saga-blue") && !buttonBackground.equals("rgba(0, 0, 0, 0)")
                && !buttonBackground.equals("rgb(239, 239, 239)");
    }
}
