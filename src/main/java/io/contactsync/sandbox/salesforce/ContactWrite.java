package io.contactsync.sandbox.salesforce;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One record's part of a write request, already read and checked as far as possible without the store. */
sealed interface ContactWrite {

    record Create(Map<SalesforceContactField, Object> changes) implements ContactWrite {
    }

    /** @param unmodifiedSince from If-Unmodified-Since: refuse with 412 if the record changed after it */
    record Update(String id, Map<SalesforceContactField, Object> changes, Instant unmodifiedSince) implements ContactWrite {
    }

    record Delete(String id) implements ContactWrite {
    }

    /** Update the one live record whose external-id field has this value, or create one with it. */
    record Upsert(SalesforceContactField externalIdField, String value, Map<SalesforceContactField, Object> changes)
            implements ContactWrite {
    }

    /** A record refused before reaching the store (bad JSON, unknown field...): it fails with these errors. */
    record Refused(int status, List<EmulatedSalesforceError> errors) implements ContactWrite {
    }
}
