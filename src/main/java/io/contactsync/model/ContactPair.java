package io.contactsync.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What a resolver decides on: the record read from each side this cycle and the base both last agreed on.
 *
 * @param salesforce the Salesforce record, or null when it was not seen this cycle (unchanged since the base)
 * @param genesys    the Genesys Cloud record, or null when it was not seen this cycle (unchanged since the base)
 * @param base       what both sides last agreed on, or null when the pair was never synced
 * @param echoes     what each side stored of the base values the sync wrote where it stored them in another form
 *                   ({@link Echoes}): such a value counts as the base value
 */
public record ContactPair(SideRecord salesforce, SideRecord genesys, Contact base, Echoes echoes) {

    /** A pair whose sides stored every value as the sync wrote it. */
    public ContactPair(SideRecord salesforce, SideRecord genesys, Contact base) {
        this(salesforce, genesys, base, Echoes.none());
    }

    public ContactPair {
        Objects.requireNonNull(echoes, "echoes");
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

    /**
     * The side's current values as they compare with the base: its record's, each value that is the side's echo of
     * the base value read as the base value; the base's when the side was not seen this cycle.
     */
    public Contact current(Side side) {
        SideRecord record = record(side);
        return record != null ? echoes.readAsBase(side, record.contact(), base) : base;
    }

    /**
     * The values the side holds: its record's, or when the side was not seen this cycle the base as that side
     * stores it (with its echoes). What a write to the side expects to find there.
     */
    public Contact held(Side side) {
        SideRecord record = record(side);
        return record != null ? record.contact() : echoes.heldAtBase(side, base);
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
