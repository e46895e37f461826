package io.contactsync.sandbox.genesys;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of every bulk endpoint: one result per requested entity, in request order, with the failures'
 * count and 0-based indexes.
 */
record BulkResponse(List<Result> results, int errorCount, List<Integer> errorIndexes) {

    /** One entity's outcome: the entity on success, the error otherwise. */
    record Result(String id, boolean success, Object entity, Error error) {
    }

    /** Why one entity failed; {@code entity} is what the client sent for it. */
    record Error(String code, String message, int status, boolean retryable, Object entity,
                 List<FieldError> details) {
    }

    static BulkResponse of(List<Result> results) {
        List<Integer> errorIndexes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (!results.get(i).success()) {
                errorIndexes.add(i);
            }
        }
        return new BulkResponse(results, errorIndexes.size(), errorIndexes);
    }
}
