package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code sync_watermark} table: per object and side, how far the polls have processed. Never moves backwards. Each
 * object's passes keep their own.
 */
public final class Watermarks {

    private final Db db;
    private final StoreClock clock;

    Watermarks(Db db, StoreClock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The side's watermark, or empty before the first advance (a first run reads everything). */
    public Optional<Watermark> get(MappedObject object, Side side) {
        return db.call(handle -> read(handle, object, side, ""));
    }

    /**
     * Moves the side's watermark to ({@code modifiedAt}, {@code lastId}) if that lies beyond the stored one
     * ({@link Watermark#isBefore}); otherwise leaves it. The time is kept to the millisecond.
     *
     * @return whether it moved
     */
    public boolean advance(MappedObject object, Side side, Instant modifiedAt, String lastId) {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Instant target = StoreClock.truncate(modifiedAt);
        return db.call(handle -> handle.inTransaction(transaction -> {
            Optional<Watermark> current = read(transaction, object, side, " FOR UPDATE");
            if (current.isPresent() && !current.get().isBefore(target, lastId)) {
                return false;
            }
            return transaction.createUpdate("UPDATE sync_watermark SET modified_at = :modifiedAt, last_id = :lastId,"
                            + " updated_at = :now WHERE mapped_object = :object AND side = :side")
                    .bind("modifiedAt", target)
                    .bind("lastId", lastId)
                    .bind("now", clock.now())
                    .bind("object", object)
                    .bind("side", side)
                    .execute() == 1;
        }));
    }

    /**
     * The fingerprint of the mapped fields the side's last completed cycle read ({@link #markMappedFields}); empty
     * before one was recorded.
     */
    public Optional<String> mappedFields(MappedObject object, Side side) {
        return db.call(handle -> handle.createQuery("SELECT mapped_fields FROM sync_watermark"
                        + " WHERE mapped_object = :object AND side = :side")
                .bind("object", object)
                .bind("side", side)
                .mapTo(String.class)
                .list().stream().filter(Objects::nonNull).findFirst());
    }

    /** Records that a cycle read the side with the mapped fields of this fingerprint. */
    public void markMappedFields(MappedObject object, Side side, String fingerprint) {
        db.call(handle -> handle.createUpdate("UPDATE sync_watermark SET mapped_fields = :fingerprint"
                        + " WHERE mapped_object = :object AND side = :side")
                .bind("fingerprint", fingerprint)
                .bind("object", object)
                .bind("side", side)
                .execute());
    }

    private static Optional<Watermark> read(Handle handle, MappedObject object, Side side, String lockClause) {
        return handle.createQuery("SELECT modified_at, last_id FROM sync_watermark"
                        + " WHERE mapped_object = :object AND side = :side" + lockClause)
                .bind("object", object)
                .bind("side", side)
                .map((row, context) -> new Watermark(side, Columns.instant(row, "modified_at"), row.getString("last_id")))
                .findOne()
                .filter(watermark -> watermark.modifiedAt() != null);
    }
}
