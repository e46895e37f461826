package io.contactsync.resolve;

import io.contactsync.model.ContactPair;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Resolution;
import io.contactsync.model.SyncPolicies;

/**
 * The simplest strategy ({@code lastWriteWins}): the whole record from the side modified last (within the
 * clock-skew tolerance, the tie-breaker side). Field policies are ignored; every field the sides disagree on is
 * recorded as a LAST_WRITE conflict so the losing values stay in the audit log.
 */
public final class LastWriteWinsResolver implements Resolver {

    public static final String NAME = "lastWriteWins";

    private static final FieldByFieldMerge MERGE = new FieldByFieldMerge(false, field -> FieldPolicy.LAST_WRITE);

    @Override
    public Resolution resolve(ContactPair pair, SyncPolicies policies) {
        return MERGE.merge(pair, policies);
    }
}
