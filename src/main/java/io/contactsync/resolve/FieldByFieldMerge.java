package io.contactsync.resolve;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.FieldConflict;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Patch;
import io.contactsync.model.Resolution;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one merge all resolvers share; they differ only in whether the base counts and which policy settles a
 * disagreement. Per field: both sides equal - kept; a one-way field - its owner's value, and an edit of the other
 * side (or a difference without a base) is a {@link FieldConflict} the owner wins, so the losing value is
 * journalled; base-aware and one side still at the base - the other side's change is taken; otherwise a
 * {@link FieldConflict} settled by the field's policy.
 */
final class FieldByFieldMerge {

    private static final Map<Side, FieldPolicy> OWNER_POLICY = Map.of(Side.SALESFORCE, FieldPolicy.SALESFORCE,
            Side.GENESYS, FieldPolicy.GENESYS);

    private final boolean baseAware;
    private final Function<ContactField, FieldPolicy> policyFor;

    /**
     * @param baseAware whether a field changed on one side only is taken without a conflict
     * @param policyFor the policy that settles a field the two sides disagree on
     */
    FieldByFieldMerge(boolean baseAware, Function<ContactField, FieldPolicy> policyFor) {
        this.baseAware = baseAware;
        this.policyFor = policyFor;
    }

    Resolution merge(ContactPair pair, SyncPolicies policies) {
        requireLive(pair.salesforce());
        requireLive(pair.genesys());
        Contact salesforce = pair.current(Side.SALESFORCE);
        Contact genesys = pair.current(Side.GENESYS);
        Contact base = pair.base();
        Map<ContactField, String> mergedValues = new HashMap<>();
        Set<ContactField> manual = new TreeSet<>();
        List<FieldConflict> conflicts = new ArrayList<>();
        for (ContactField field : policies.fields()) {
            String sf = salesforce.get(field);
            String gc = genesys.get(field);
            String baseValue = base == null ? null : base.get(field);
            boolean baseKnown = base != null && !base.isUnsettled(field);
            String value;
            Side owner = policies.directionOf(field).owner();
            if (Objects.equals(sf, gc)) {
                value = sf;
            } else if (owner != null) {
                value = owner == Side.SALESFORCE ? sf : gc;
                boolean otherSideEdited = !baseKnown || !Objects.equals(pair.current(owner.other()).get(field),
                        baseValue);
                if (otherSideEdited) {
                    conflicts.add(new FieldConflict(field, baseValue, sf, gc, pair.modifiedAt(Side.SALESFORCE),
                            pair.modifiedAt(Side.GENESYS), OWNER_POLICY.get(owner), owner, value));
                }
            } else if (baseAware && baseKnown && Objects.equals(sf, baseValue)) {
                value = gc;
            } else if (baseAware && baseKnown && Objects.equals(gc, baseValue)) {
                value = sf;
            } else if (!baseKnown && base != null && !pair.bothSeen()) {
                // An unsettled field of a side not seen this cycle: its value is unknown, the review stays open.
                manual.add(field);
                value = baseValue;
            } else {
                FieldPolicy policy = policyFor.apply(field);
                Side winner = winner(policy, pair, policies, field, baseKnown ? base : null);
                value = winner == null ? baseValue : (winner == Side.SALESFORCE ? sf : gc);
                if (winner == null) {
                    manual.add(field);
                }
                conflicts.add(new FieldConflict(field, baseValue, sf, gc, pair.modifiedAt(Side.SALESFORCE),
                        pair.modifiedAt(Side.GENESYS), policy, winner, winner == null ? null : value));
            }
            mergedValues.put(field, value);
        }
        Contact merged = Contact.of(mergedValues);
        return new Resolution(merged, Patch.between(salesforce, merged, manual),
                Patch.between(genesys, merged, manual), conflicts, manual, merged.withUnsettled(manual));
    }

    /** @param knownBase the pair's base when the field's base value is known, else null */
    private static Side winner(FieldPolicy policy, ContactPair pair, SyncPolicies policies, ContactField field,
                               Contact knownBase) {
        return switch (policy) {
            case SALESFORCE -> Side.SALESFORCE;
            case GENESYS -> Side.GENESYS;
            case LAST_WRITE -> LastWrite.winner(editedAt(pair, Side.SALESFORCE, field, knownBase),
                    editedAt(pair, Side.GENESYS, field, knownBase), policies.clockSkewTolerance(),
                    policies.tieBreaker());
            case MANUAL -> null;
        };
    }

    /**
     * When the side's value of the field was last edited, as far as the side tells: null when it still holds the
     * base, whose modification time is then another field's edit or the sync's own write, not an edit of this one.
     */
    private static Instant editedAt(ContactPair pair, Side side, ContactField field, Contact knownBase) {
        boolean unchanged = knownBase != null && Objects.equals(pair.current(side).get(field), knownBase.get(field));
        return unchanged ? null : pair.modifiedAt(side);
    }

    private static void requireLive(SideRecord record) {
        if (record != null && record.deleted()) {
            throw new IllegalArgumentException(record.side() + " record " + record.id()
                    + " is deleted: deleted pairs are decided by DeleteResolver, not merged");
        }
    }
}
