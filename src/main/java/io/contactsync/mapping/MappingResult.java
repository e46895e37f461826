package io.contactsync.mapping;

import io.contactsync.model.Side;

import java.util.Objects;

/**
 * The outcome of mapping one record, so a batch maps every record it can: {@link Mapped} with the value, or
 * {@link Rejected} with the record id, the reason and the payload to dead-letter.
 */
public sealed interface MappingResult<T> permits MappingResult.Mapped, MappingResult.Rejected {

    record Mapped<T>(T value) implements MappingResult<T> {
        public Mapped {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * @param recordId the record's id, or {@code "(unknown)"} when the payload had none
     * @param payload  what could not be mapped, as text, for the dead-letter store and replay
     */
    record Rejected<T>(Side side, String recordId, String reason, String payload) implements MappingResult<T> {
        public static final String UNKNOWN_ID = "(unknown)";
    }

    default boolean isMapped() {
        return this instanceof Mapped;
    }

    /** The value, or a {@link RecordRejectedException} for the route's dead-letter handling. */
    default T orElseThrow() {
        if (this instanceof Mapped<T> mapped) {
            return mapped.value();
        }
        throw new RecordRejectedException((Rejected<T>) this);
    }
}
