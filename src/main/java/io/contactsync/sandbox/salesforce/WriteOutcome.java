package io.contactsync.sandbox.salesforce;

import java.util.List;

/**
 * The result of one record's write.
 *
 * @param id      the record's id when known
 * @param status  the HTTP status a single-record request answers with (201, 204, 300, 400, 404, 412)
 * @param created for creates and upserts: whether a record was inserted
 * @param matches for an upsert that matched several records: their ids
 */
record WriteOutcome(String id, int status, Boolean created, List<EmulatedSalesforceError> errors, List<String> matches) {

    WriteOutcome {
        errors = List.copyOf(errors);
        matches = List.copyOf(matches);
    }

    static WriteOutcome success(String id, int status, Boolean created) {
        return new WriteOutcome(id, status, created, List.of(), List.of());
    }

    static WriteOutcome failure(String id, int status, EmulatedSalesforceError error) {
        return new WriteOutcome(id, status, null, List.of(error), List.of());
    }

    boolean success() {
        return errors.isEmpty() && matches.isEmpty();
    }
}
