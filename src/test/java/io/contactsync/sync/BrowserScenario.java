package io.contactsync.sync;

import io.contactsync.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * A scenario in a real headless Chromium against the real sync: the subclass starts the sync ({@link #sync}) and
 * opens the page ({@link #page}) its way; both are closed after each test.
 */
@ExtendWith(HeadlessChromium.Required.class)
abstract class BrowserScenario {

    @TempDir
    Path data;
    /** The browser's profile folder. */
    @TempDir
    Path profile;
    SyncHarness sync;
    DashboardPage page;

    @AfterEach
    void closeBrowserAndSync() {
        if (page != null) {
            page.close();
        }
        if (sync != null) {
            sync.close();
        }
    }
}
