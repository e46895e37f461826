package io.contactsync.store;

/** What a sync run did, record by record. */
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
        int deadLettered) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
