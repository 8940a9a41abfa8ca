package org.waymark.it.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/** A fresh headless Chromium for each test, closed after it: {@code @RegisterExtension final BrowserPerTest browser = …}. */
public final class BrowserPerTest implements BeforeEachCallback, AfterEachCallback {

    private Browser browser;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        browser = Browser.headlessChromium();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public WebDriver driver() {
        return browser.driver();
    }
}
