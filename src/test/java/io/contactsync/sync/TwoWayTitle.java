package io.contactsync.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A mapping in which the title flows both ways: the packaged mapping with its Salesforce-owned title made two-way,
 * for tests that need a field both systems edit and a policy settles (MANUAL, say).
 */
final class TwoWayTitle {

    private TwoWayTitle() {
    }

    /** Writes the mapping into the folder and returns its path, for SYNC_MAPPING_FILE. */
    static String mappingIn(Path folder) {
        try {
            return Files.writeString(folder.resolve("two-way-title-mapping.yaml"), """
                    extends: classpath:mapping/contact-mapping.yaml
                    fields:
                      title:
                        type: text
                        salesforce: { field: Title, maxLength: 128 }
                        genesys: { path: title, maxLength: 1000 }
                    """).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
