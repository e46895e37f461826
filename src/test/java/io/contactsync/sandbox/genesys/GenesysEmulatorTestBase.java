package io.contactsync.sandbox.genesys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One emulator per test class, reset before each test, with a fresh token of the demo client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GenesysEmulatorTestBase {

    protected final GenesysFixture fixture = new GenesysFixture();
    protected String token;

    @BeforeEach
    void resetEmulator() {
        fixture.reset();
        token = fixture.token();
    }

    @AfterAll
    void stopEmulator() {
        fixture.close();
    }
}
