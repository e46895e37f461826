package io.contactsync.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The durable state of the sync: links and their base, leases and the cycle lock, watermarks, runs, conflicts,
 * journal, dead letters and review items. One schema on H2 (default) and PostgreSQL (production), migrated by Flyway
 * when the store opens. Records in, records out; snapshots and payloads are JSON text.
 *
 * <p>Each table method runs on its own pooled connection and commits at once. Work that must land together (a pair's
 * link, base, journal and conflicts) goes through {@link #inTransaction}. Database failures surface as
 * {@link StoreException} ({@link StoreUnavailableException} when the database cannot be reached).
 */
public final class SyncStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncStore.class);
    private static final int VALIDATION_SECONDS = 2;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final StoreClock clock;
    private final StoreTables tables;

    private SyncStore(HikariDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        Columns.register(jdbi);
        this.clock = new StoreClock(clock);
        this.tables = StoreTables.over(Db.pooled(jdbi), this.clock);
    }

    /** Opens the store with the system clock. */
    public static SyncStore open(StoreSettings settings) {
        return open(settings, Clock.systemUTC());
    }

    /**
     * Connects (creating the folder of an H2 file database if missing), migrates the schema to the latest version
     * and returns the open store.
     *
     * @param clock the time source for every time the store writes and for lease expiry
     * @throws StoreUnavailableException when the database cannot be reached
     * @throws StoreException            when the schema cannot be migrated
     */
    public static SyncStore open(StoreSettings settings, Clock clock) {
        createH2Directory(settings);
        HikariDataSource dataSource = connect(settings);
        try {
            MigrateResult migration = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("State store ready at {} (schema version {}, {} migration(s) applied)", settings.redactedUrl(),
                    migration.targetSchemaVersion == null ? migration.initialSchemaVersion : migration.targetSchemaVersion,
                    migration.migrationsExecuted);
            return new SyncStore(dataSource, clock);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new StoreException("Could not migrate the sync database at " + settings.redactedUrl() + ": "
                    + StoreErrors.rootMessage(e), e);
        }
    }

    public ContactLinks links() {
        return tables.links();
    }

    public CycleLock cycleLock() {
        return tables.cycleLock();
    }

    public Watermarks watermarks() {
        return tables.watermarks();
    }

    public SyncRuns runs() {
        return tables.runs();
    }

    public Conflicts conflicts() {
        return tables.conflicts();
    }

    public Journal journal() {
        return tables.journal();
    }

    public DeadLetters deadLetters() {
        return tables.deadLetters();
    }

    public ReviewItems reviews() {
        return tables.reviews();
    }

    public RefetchRequests refetches() {
        return tables.refetches();
    }

    public DisappearanceHolds disappearanceHolds() {
        return tables.disappearanceHolds();
    }

    /**
     * Runs {@code work} in one database transaction: everything it does through the given tables commits together
     * when it returns, or rolls back when it throws (the exception is rethrown). A crash never leaves half of it.
     */
    public <R> R inTransaction(Function<StoreTables, R> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(StoreTables.over(Db.bound(handle), clock)));
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e);
        }
    }

    /** {@link #inTransaction} for work without a result. */
    public void useTransaction(Consumer<StoreTables> work) {
        inTransaction(transaction -> {
            work.accept(transaction);
            return null;
        });
    }

    /**
     * Audit retention: deletes, in one transaction, journal entries written before {@code cutoff}, decided conflicts
     * detected before it, replayed or discarded dead letters last touched before it, finished runs started before it
     * and review items resolved before it. Open conflicts, dead letters and review items, links, watermarks and
     * distinct decisions are never purged.
     */
    public PurgeResult purgeAuditOlderThan(Instant cutoff) {
        return inTransaction(transaction -> new PurgeResult(
                transaction.journal().purgeBefore(cutoff),
                transaction.conflicts().purgeDecidedBefore(cutoff),
                transaction.deadLetters().purgeClosedBefore(cutoff),
                transaction.runs().purgeFinishedBefore(cutoff),
                transaction.reviews().purgeResolvedBefore(cutoff)));
    }

    /** Whether the database answers now (for readiness checks). Never throws. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("State store unreachable", e);
            return false;
        }
    }

    /** The database product the store runs on, e.g. {@code H2} or {@code PostgreSQL}. */
    public String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreUnavailableException("The sync database is unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static void createH2Directory(StoreSettings settings) {
        Optional<Path> directory = H2Files.directory(settings.url());
        if (directory.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory.get());
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the folder " + directory.get()
                    + " for the sync database " + settings.redactedUrl() + ": " + e.getMessage(), e);
        }
    }

    private static HikariDataSource connect(StoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("contact-sync-store");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setInitializationFailTimeout(settings.connectTimeout().toMillis());
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot connect to the sync database at " + settings.redactedUrl()
                    + " as user '" + settings.user() + "': " + StoreErrors.rootMessage(e), e);
        }
    }
}
