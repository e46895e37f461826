package io.contactsync.sandbox;

import io.contactsync.model.Side;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulators keep request bodies in memory: serving forms and JSON leaves nothing in the working directory. */
class WorkingDirectoryTest {

    /** Where Vert.x's body handler stores uploads unless told to take none. */
    private static final Path VERTX_UPLOADS = Path.of("file-uploads");

    @Test
    void servingFormsAndJsonCreatesNoUploadsFolder() throws IOException {
        Files.deleteIfExists(VERTX_UPLOADS);
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.onFreePorts())) {
            EmulatorApis apis = EmulatorApis.of(sandbox, sandbox.settings().salesforce().username());
            apis.control(Side.SALESFORCE, "POST", "/seed", Map.of("count", 1, "seed", 1));
            apis.salesforce("POST", EmulatorApis.SALESFORCE_DATA + "/sobjects/Contact/",
                    Map.of("LastName", "Lovelace", "Email", "ada@example.com"));
            apis.genesys("POST", "/api/v2/externalcontacts/contacts",
                    Map.of("firstName", "Ada", "lastName", "Lovelace"));

            assertThat(apis.salesforceQuery("SELECT Id FROM Contact")).hasSize(2);
            assertThat(apis.genesysContacts()).hasSize(1);
        }
        assertThat(VERTX_UPLOADS).doesNotExist();
    }
}
