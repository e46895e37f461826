package io.contactsync.store;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the state store lives. The default is an H2 file database under {@code ./data} (created on first run);
 * production points {@code SYNC_DB_URL} at PostgreSQL.
 *
 * @param url            JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...})
 * @param user           database user (may be empty)
 * @param password       database password (may be empty)
 * @param poolSize       maximum pooled connections
 * @param connectTimeout how long to wait for a connection before reporting the database unreachable
 */
public record StoreSettings(String url, String user, String password, int poolSize, Duration connectTimeout) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/contact-sync";
    public static final int DEFAULT_POOL_SIZE = 5;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    public StoreSettings {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("The database URL is empty");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (poolSize < 1) {
            throw new IllegalArgumentException("The connection pool size must be at least 1, was " + poolSize);
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    public static StoreSettings of(String url, String user, String password) {
        return new StoreSettings(url, user, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECT_TIMEOUT);
    }

    /** The local H2 file database under {@code ./data}. */
    public static StoreSettings defaults() {
        return of(DEFAULT_URL, "sa", "");
    }

    /** The URL without credentials a user may have put in it, for messages and logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    @Override
    public String toString() {
        return "StoreSettings[url=" + redactedUrl() + ", user=" + user + ", poolSize=" + poolSize
                + ", connectTimeout=" + connectTimeout + "]";
    }
}
