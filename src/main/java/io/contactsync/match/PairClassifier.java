package io.contactsync.match;

import io.contactsync.model.ContactPair;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;

import java.util.Arrays;

/**
 * Classifies a pair against its base. Comparing canonical values is the same as comparing the store's base hash
 * ({@code ContactJson.hash}), since equal contacts have equal JSON. A side not seen this cycle is unchanged. A base
 * with unsettled fields never equals a side, so such a pair is always resolved again when one side is seen.
 */
public final class PairClassifier {

    public PairState classify(ContactPair pair) {
        if (isDeleted(pair.salesforce()) || isDeleted(pair.genesys())) {
            return PairState.DELETED;
        }
        if (pair.base() == null) {
            return PairState.NEW_PAIR;
        }
        long changed = Arrays.stream(Side.values()).filter(side -> changedSinceBase(pair, side)).count();
        return changed == 0 ? PairState.UNCHANGED : changed == 1 ? PairState.ONE_SIDE_CHANGED : PairState.BOTH_CHANGED;
    }

    /**
     * Whether the side was seen with values other than the base's (always true without a base); a value that is
     * the side's echo of the base value is the base value.
     */
    static boolean changedSinceBase(ContactPair pair, Side side) {
        SideRecord record = pair.record(side);
        return record != null && (pair.base() == null || !pair.current(side).equals(pair.base()));
    }

    static boolean isDeleted(SideRecord record) {
        return record != null && record.deleted();
    }
}
