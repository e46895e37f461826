package io.contactsync.model;

import java.time.Instant;

/**
 * What a resolver decides on: the record read from each side this cycle and the base both last agreed on.
 *
 * @param salesforce the Salesforce record, or null when it was not seen this cycle (unchanged since the base)
 * @param genesys    the Genesys Cloud record, or null when it was not seen this cycle (unchanged since the base)
 * @param base       what both sides last agreed on, or null when the pair was never synced
 */
public record ContactPair(SideRecord salesforce, SideRecord genesys, Contact base) {

    public ContactPair {
        if (salesforce == null && genesys == null) {
            throw new IllegalArgumentException("A pair needs a record from at least one side");
        }
        if ((salesforce == null || genesys == null) && base == null) {
            throw new IllegalArgumentException("A side may only be absent when there is a base to stand for it");
        }
        requireSide(salesforce, Side.SALESFORCE);
        requireSide(genesys, Side.GENESYS);
    }

    private static void requireSide(SideRecord record, Side side) {
        if (record != null && record.side() != side) {
            throw new IllegalArgumentException("Expected a " + side + " record, got " + record.side());
        }
    }

    /** The side's record, or null when it was not seen this cycle. */
    public SideRecord record(Side side) {
        return side == Side.SALESFORCE ? salesforce : genesys;
    }

    /** The side's current values: its record's, or the base's when the side was not seen this cycle. */
    public Contact current(Side side) {
        SideRecord record = record(side);
        return record != null ? record.contact() : base;
    }

    /** When the side last changed the contact, or null when it was not seen this cycle. */
    public Instant modifiedAt(Side side) {
        SideRecord record = record(side);
        return record == null ? null : record.modifiedAt();
    }

    public boolean bothSeen() {
        return salesforce != null && genesys != null;
    }
}
