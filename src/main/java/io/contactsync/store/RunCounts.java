package io.contactsync.store;

/**
 * What a sync run did, record by record. {@code deleted} counts the contacts it deleted; {@code unlinked} the links
 * it retired after a delete on one side (the survivor kept and no longer synced).
 */
public record RunCounts(
        int createdInSalesforce,
        int createdInGenesys,
        int updatedInSalesforce,
        int updatedInGenesys,
        int unchanged,
        int conflicts,
        int ambiguous,
        int deleted,
        int errors,
        int deadLettered,
        int unlinked) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
