package io.contactsync.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real headless Chromium for the dashboard tests: Debian's {@code chromium} and {@code chromium-driver}
 * packages (.ci/run installs them). Missing, they fail each browser test class before it starts anything, with one
 * line saying how to install them ({@link Required}); nothing is downloaded: the driver's path is given, so
 * Selenium Manager is never asked.
 */
public final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start(Path profileDirectory) {
        requireInstalled();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profileDirectory.toAbsolutePath(), "--window-size=1280,1500");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Fails with one line saying what to install when the browser or its driver is missing. */
    public static void requireInstalled() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            AssertionError missing = new AssertionError("The browser tests drive a real headless Chromium, but "
                    + BROWSER + " or " + DRIVER + " is missing. Install them with: apt-get update && apt-get install"
                    + " -y chromium chromium-driver (.ci/run does this before the build).");
            missing.setStackTrace(new StackTraceElement[0]); // where it was thrown says nothing to the reader
            throw missing;
        }
    }

    /**
     * For {@code @ExtendWith} on a browser test class: checks for Chromium before the class starts a sync or a
     * server, so that a missing browser is one failure per class rather than a Selenium stack trace per test.
     */
    public static final class Required implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            requireInstalled();
        }
    }

    /** Saves what the browser shows as a PNG under target/, for a person to look at after the build. */
    public static Path screenshot(ChromeDriver browser, String name) {
        Path file = Path.of("target", "dashboard-screenshots", name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
