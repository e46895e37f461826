package io.contactsync.store;

import io.contactsync.model.MappedObject;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queries every status-carrying table shares: get by id, count and list by object and status, and delete what is
 * older than a cutoff. One instance per table, naming its columns and row mapper.
 */
final class TableQueries<T> {

    private final String table;
    private final String columns;
    private final String newestFirstColumn;
    private final RowMapper<T> mapper;

    TableQueries(String table, String columns, String newestFirstColumn, RowMapper<T> mapper) {
        this.table = table;
        this.columns = columns;
        this.newestFirstColumn = newestFirstColumn;
        this.mapper = mapper;
    }

    Optional<T> byId(Db db, long id) {
        return db.call(handle -> handle.createQuery("SELECT " + columns + " FROM " + table + " WHERE id = :id")
                .bind("id", id)
                .map(mapper)
                .findOne());
    }

    /** Rows of this object (any object when null) in this status (any status when null), newest first. */
    List<T> withStatus(Db db, MappedObject object, Enum<?> status, int limit) {
        return db.call(handle -> handle.createQuery("SELECT " + columns + " FROM " + table
                        + " WHERE (:object IS NULL OR mapped_object = :object)"
                        + " AND (:status IS NULL OR status = :status)"
                        + " ORDER BY " + newestFirstColumn + " DESC, id DESC LIMIT :limit")
                .bind("object", nameOf(object))
                .bind("status", nameOf(status))
                .bind("limit", limit)
                .map(mapper)
                .list());
    }

    /** Rows of this object (any object when null) in this status. */
    long count(Db db, MappedObject object, Enum<?> status) {
        return db.call(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table
                        + " WHERE (:object IS NULL OR mapped_object = :object) AND status = :status")
                .bind("object", nameOf(object))
                .bind("status", status.name())
                .mapTo(Long.class)
                .one());
    }

    /** Deletes rows whose {@code timeColumn} is before the cutoff and whose status is not {@code keptStatus}. */
    int deleteBefore(Db db, String timeColumn, Instant cutoff, Enum<?> keptStatus) {
        return db.call(handle -> handle.createUpdate("DELETE FROM " + table + " WHERE status <> :kept"
                        + " AND " + timeColumn + " < :cutoff")
                .bind("kept", keptStatus.name())
                .bind("cutoff", cutoff)
                .execute());
    }

    /** An enum bound by name, null as null (a filter left open). */
    static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
