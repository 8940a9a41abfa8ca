package org.waymark.it.support;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waits for text the page shows, read in one script call. Selenium's own text conditions find the element and then
 * read it in two calls; when a Faces ajax update replaces the element in between, Chromium answers with an error that
 * is not a stale-element error ("Node with given id does not belong to the document"), and the wait fails.
 */
public final class TextShown {

    private TextShown() {
    }

    /** The element with this id shows the text (as a user sees it: innerText). */
    public static ExpectedCondition<Boolean> inElement(String id, String text) {
        return in("document.getElementById(arguments[0])", id, text);
    }

    /** The first element this CSS selector finds shows the text. */
    public static ExpectedCondition<Boolean> inSelection(String cssSelector, String text) {
        return in("document.querySelector(arguments[0])", cssSelector, text);
    }

    /** What every element this CSS selector finds shows, read at one moment. */
    @SuppressWarnings("unchecked")
    public static List<String> ofAll(WebDriver driver, String cssSelector) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), element => element.innerText.trim());", cssSelector);
    }

    private static ExpectedCondition<Boolean> in(String lookup, String argument, String text) {
        // innerText of an element that is not rendered is its raw text: such an element shows nothing
        String script = "const element = " + lookup + "; return element === null || !element.checkVisibility() ? null : element.innerText;";
        return new ExpectedCondition<>() {
            @Override
            public Boolean apply(WebDriver driver) {
                Object shown = ((JavascriptExecutor) driver).executeScript(script, argument);
                return shown instanceof String string && string.contains(text);
            }

            @Override
            public String toString() {
                return "text \"" + text + "\" shown in " + argument;
            }
        };
    }
}
