package io.contactsync.resolve;

import io.contactsync.model.ContactPair;
import io.contactsync.model.Resolution;
import io.contactsync.model.SyncPolicies;

/**
 * The field-priority strategy ({@code fieldPriority}): ignores the base; every field the two sides hold
 * different values for is a conflict settled by that field's policy.
 */
public final class FieldPriorityResolver implements Resolver {

    public static final String NAME = "fieldPriority";

    @Override
    public Resolution resolve(ContactPair pair, SyncPolicies policies) {
        return new FieldByFieldMerge(false, policies::policyFor).merge(pair, policies);
    }
}
