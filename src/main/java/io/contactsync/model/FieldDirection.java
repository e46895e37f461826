package io.contactsync.model;

/**
 * Which way a field flows. One-way fields are owned by their source side: the other side's edit of such a field is
 * put back on the next cycle and journalled as the losing value of a conflict, never silently.
 */
public enum FieldDirection {
    BOTH,
    SALESFORCE_TO_GENESYS,
    GENESYS_TO_SALESFORCE;

    /** The side that owns the field, or null when both sides may change it. */
    public Side owner() {
        return switch (this) {
            case BOTH -> null;
            case SALESFORCE_TO_GENESYS -> Side.SALESFORCE;
            case GENESYS_TO_SALESFORCE -> Side.GENESYS;
        };
    }

    /** Whether the sync may write the field on an existing record of the side. */
    public boolean writes(Side side) {
        return owner() != side;
    }
}
