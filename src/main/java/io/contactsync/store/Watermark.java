package io.contactsync.store;

import io.contactsync.model.Side;

import java.time.Instant;

/**
 * How far a side has been processed: the modification time of the last processed record (millisecond precision)
 * and, to break ties between records modified in the same millisecond, its id.
 */
public record Watermark(Side side, Instant modifiedAt, String lastId) {

    /**
     * Whether a record at ({@code otherModifiedAt}, {@code otherId}) lies beyond this watermark, in the order the
     * polls read records: by time, then by id. A null id never beats an equal time.
     */
    public boolean isBefore(Instant otherModifiedAt, String otherId) {
        int byTime = modifiedAt.compareTo(otherModifiedAt);
        if (byTime != 0) {
            return byTime < 0;
        }
        return otherId != null && (lastId == null || lastId.compareTo(otherId) < 0);
    }
}
