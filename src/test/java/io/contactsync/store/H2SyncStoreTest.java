package io.contactsync.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on an H2 file database. */
class H2SyncStoreTest extends SyncStoreContractTest {

    @TempDir
    Path folder;

    @Override
    StoreSettings newDatabase() {
        return StoreSettings.of("jdbc:h2:file:" + folder.resolve("db/contact-sync"), "sa", "");
    }

    @Override
    String expectedProduct() {
        return "H2";
    }
}
