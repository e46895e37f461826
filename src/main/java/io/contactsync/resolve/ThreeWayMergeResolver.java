package io.contactsync.resolve;

import io.contactsync.model.ContactPair;
import io.contactsync.model.Resolution;
import io.contactsync.model.SyncPolicies;

/**
 * The default resolver ({@code threeWayMerge}): field by field against the base. A field changed on one side
 * only is taken from that side; both changed to the same value is no conflict; both changed to different values
 * is a conflict settled by the field's policy. Without a base (first match) every differing field is a conflict.
 */
public final class ThreeWayMergeResolver implements Resolver {

    public static final String NAME = "threeWayMerge";

    @Override
    public Resolution resolve(ContactPair pair, SyncPolicies policies) {
        return new FieldByFieldMerge(true, policies::policyFor).merge(pair, policies);
    }
}
