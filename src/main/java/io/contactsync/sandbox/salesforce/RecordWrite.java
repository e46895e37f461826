package io.contactsync.sandbox.salesforce;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One record's part of a write request, already read and checked as far as possible without the store. */
sealed interface RecordWrite {

    record Create(EmulatedSObject sObject, Map<SalesforceField, Object> changes) implements RecordWrite {
    }

    /** @param unmodifiedSince from If-Unmodified-Since: refuse with 412 if the record changed after it */
    record Update(String id, Map<SalesforceField, Object> changes, Instant unmodifiedSince) implements RecordWrite {
    }

    /** Deletes the record, and the records whose lookups point to it, as Salesforce cascades a delete. */
    record Delete(String id) implements RecordWrite {
    }

    /** Update the one live record whose external-id field has this value, or create one with it. */
    record Upsert(EmulatedSObject sObject, SalesforceField externalIdField, String value, Map<SalesforceField, Object> changes)
            implements RecordWrite {
    }

    /** A record refused before reaching the store (bad JSON, unknown field...): it fails with these errors. */
    record Refused(int status, List<EmulatedSalesforceError> errors) implements RecordWrite {
    }
}
