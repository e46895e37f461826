package io.contactsync.mapping;

import io.contactsync.model.Side;

import java.util.function.Supplier;

/** Why one record cannot be mapped; caught at the mapper's edge and turned into a {@link MappingResult.Rejected}. */
final class MappingFailure extends RuntimeException {

    MappingFailure(String reason) {
        super(reason);
    }

    /** Runs one record's mapping; a {@link MappingFailure} becomes a rejection of that record only. */
    static <T> MappingResult<T> capture(Side side, String recordId, String payload, Supplier<T> mapping) {
        try {
            return new MappingResult.Mapped<>(mapping.get());
        } catch (MappingFailure failure) {
            return new MappingResult.Rejected<>(side, recordId == null ? MappingResult.Rejected.UNKNOWN_ID : recordId,
                    failure.getMessage(), payload);
        }
    }
}
