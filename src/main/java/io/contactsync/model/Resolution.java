package io.contactsync.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a resolver decided for a pair.
 *
 * @param merged          the values both sides hold once the patches are written; for a field left for manual
 *                        review, the last agreed value (each side keeps its own until someone decides)
 * @param salesforcePatch what to write to Salesforce (empty: no write)
 * @param genesysPatch    what to write to Genesys Cloud (empty: no write)
 * @param conflicts       every field both sides disagreed on, with both values and how it was settled
 * @param manualFields    the fields left for review: written on neither side
 * @param newBase         the base to store once both patches are written: {@code merged}, with the manual
 *                        fields marked unsettled so the disagreement is detected again next cycle
 */
public record Resolution(Contact merged, Patch salesforcePatch, Patch genesysPatch, List<FieldConflict> conflicts,
                         Set<ContactField> manualFields, Contact newBase) {

    public Resolution {
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(salesforcePatch, "salesforcePatch");
        Objects.requireNonNull(genesysPatch, "genesysPatch");
        conflicts = List.copyOf(conflicts);
        manualFields = Collections.unmodifiableSet(new TreeSet<>(manualFields));
        Objects.requireNonNull(newBase, "newBase");
    }

    public Patch patchFor(Side side) {
        return side == Side.SALESFORCE ? salesforcePatch : genesysPatch;
    }

    /** Whether the sync has anything to write. */
    public boolean hasWrites() {
        return !salesforcePatch.isEmpty() || !genesysPatch.isEmpty();
    }
}
