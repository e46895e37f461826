package io.contactsync.store;

import org.jdbi.v3.core.Handle;

import java.time.Duration;
import java.time.Instant;

/**
 * Time-limited ownership of one row ({@code lease_owner}, {@code lease_until}), taken with a single conditional
 * UPDATE: the database's row lock makes exactly one of two concurrent takers see its update applied. Serves the
 * pair leases in {@code contact_link} and the cycle lock in {@code sync_lock}.
 */
final class Leases {

    private final String table;
    private final String keyColumn;

    Leases(String table, String keyColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** Takes the lease if it is free, expired or already this owner's (then it is extended). */
    boolean acquire(Handle handle, String key, String owner, Duration ttl, Instant now) {
        requirePositive(ttl);
        return handle.createUpdate("UPDATE <table> SET lease_owner = :owner, lease_until = :until"
                        + " WHERE <key> = :key AND (lease_owner IS NULL OR lease_owner = :owner OR lease_until <= :now)")
                .define("table", table).define("key", keyColumn)
                .bind("owner", owner).bind("until", now.plus(ttl)).bind("key", key).bind("now", now)
                .execute() == 1;
    }

    /** Extends the lease only while this owner still holds it. */
    boolean renew(Handle handle, String key, String owner, Duration ttl, Instant now) {
        requirePositive(ttl);
        return handle.createUpdate("UPDATE <table> SET lease_until = :until WHERE <key> = :key AND lease_owner = :owner")
                .define("table", table).define("key", keyColumn)
                .bind("until", now.plus(ttl)).bind("key", key).bind("owner", owner)
                .execute() == 1;
    }

    boolean release(Handle handle, String key, String owner) {
        return handle.createUpdate("UPDATE <table> SET lease_owner = NULL, lease_until = NULL"
                        + " WHERE <key> = :key AND lease_owner = :owner")
                .define("table", table).define("key", keyColumn)
                .bind("key", key).bind("owner", owner)
                .execute() == 1;
    }

    private static void requirePositive(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A lease must last a positive time, was " + ttl);
        }
    }
}
