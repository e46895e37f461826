package io.contactsync.sync;

import io.contactsync.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static org.awaitility.Awaitility.await;

/** The dashboard as a test sees it in a real headless Chromium: what it shows, and its buttons. */
final class DashboardPage implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    final ChromeDriver browser;

    DashboardPage(Path profileDirectory) {
        browser = HeadlessChromium.start(profileDirectory);
    }

    DashboardPage open(String url) {
        browser.get(url);
        return this;
    }

    /** Waits until the page shows what {@code shown} reads (page parts re-render as answers arrive). */
    <T> T waitFor(Callable<T> shown) {
        return waitFor(PATIENCE, shown);
    }

    /** {@link #waitFor(Callable)} for longer, e.g. for a heavy page's first start. */
    <T> T waitFor(Duration patience, Callable<T> shown) {
        return await().atMost(patience).ignoreExceptions().until(shown, value -> value != null
                && !(value instanceof Boolean b && !b) && !(value instanceof List<?> l && l.isEmpty()));
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void click(String css) {
        find(css).click();
    }

    /** The message line above the sections, once it says something. */
    WebElement message() {
        return waitFor(() -> {
            WebElement message = find("#message");
            return message.isDisplayed() && !message.getText().isBlank() ? message : null;
        });
    }

    /**
     * Waits until the section shows what {@code ready} reads or says it could not load, and fails with the
     * section's own words in the second case.
     */
    void waitForSection(String sectionId, Callable<Boolean> ready) {
        String error = "#" + sectionId + " .section-error";
        waitFor(() -> ready.call() || find(error).isDisplayed());
        if (find(error).isDisplayed()) {
            throw new AssertionError("the dashboard's " + sectionId + " says: " + text(error));
        }
    }

    String countShown(long runId, String count) {
        return text("#runs tr[data-run-id='" + runId + "'] td[data-count='" + count + "']");
    }

    WebElement chartBar(long runId, String series) {
        return find("#run-chart rect[data-run-id='" + runId + "'][data-series='" + series + "']");
    }

    Path screenshot(String name) {
        return HeadlessChromium.screenshot(browser, name);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
