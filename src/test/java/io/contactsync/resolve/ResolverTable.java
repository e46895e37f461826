package io.contactsync.resolve;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.FieldConflict;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.MassDisappearance;
import io.contactsync.model.Resolution;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads one row of a resolver table and checks a resolver against it. Every row is about the email field, the
 * other fields being equal on both sides. Cell conventions: {@code -} in base = never synced, {@code -} for a side
 * = not seen this cycle, {@code -} for a write = no write, {@code null} = no value / clear, {@code *x} in base =
 * value x marked unsettled, {@code @t} = modified t seconds after 10:00:00.
 */
final class ResolverTable {

    static final ContactField FIELD = ContactField.EMAIL;
    static final String NOT_THERE = "-";
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Contact OTHER_FIELDS = Contact.empty().with(ContactField.LAST_NAME, "Lovelace");

    private ResolverTable() {
    }

    static void check(Resolver resolver, FieldPolicy policy, Side tieBreaker, String base, String sf, String gc,
                      String sfAt, String gcAt, String merged, String winner, String writeSf, String writeGc) {
        check(resolver, policy, FieldDirection.BOTH, tieBreaker, base, sf, gc, sfAt, gcAt, merged, winner, writeSf,
                writeGc);
    }

    static void check(Resolver resolver, FieldPolicy policy, FieldDirection direction, Side tieBreaker, String base,
                      String sf, String gc, String sfAt, String gcAt, String merged, String winner, String writeSf,
                      String writeGc) {
        SyncPolicies policies = new SyncPolicies(SyncPolicies.defaults().withFieldPolicy(FIELD, policy)
                .fieldPolicies(), Map.of(FIELD, direction), SyncPolicies.defaults().clockSkewTolerance(), tieBreaker,
                SyncPolicies.defaults().deletePolicy(), SyncPolicies.DEFAULT_RESOLVER, false, "US",
                MassDisappearance.defaults());
        ContactPair pair = new ContactPair(record(Side.SALESFORCE, sf, sfAt), record(Side.GENESYS, gc, gcAt),
                base(base));

        Resolution resolution = resolver.resolve(pair, policies);

        assertThat(resolution.merged().get(FIELD)).as("merged value").isEqualTo(merged);
        assertThat(resolution.merged().get(ContactField.LAST_NAME)).as("an untouched field").isEqualTo("Lovelace");
        assertWrite(resolution, Side.SALESFORCE, writeSf);
        assertWrite(resolution, Side.GENESYS, writeGc);
        List<FieldConflict> conflicts = resolution.conflicts();
        if (winner.equals("none")) {
            assertThat(conflicts).as("conflicts").isEmpty();
            assertThat(resolution.manualFields()).isEmpty();
            assertThat(resolution.newBase()).isEqualTo(resolution.merged());
            return;
        }
        assertThat(conflicts).as("conflicts").hasSize(1);
        FieldConflict conflict = conflicts.get(0);
        assertThat(conflict.field()).isEqualTo(FIELD);
        assertThat(conflict.salesforceValue()).isEqualTo(NOT_THERE.equals(sf) ? value(base) : sf);
        assertThat(conflict.genesysValue()).isEqualTo(NOT_THERE.equals(gc) ? value(base) : gc);
        assertThat(conflict.base()).isEqualTo(value(base));
        if (winner.equals("MANUAL")) {
            assertThat(conflict.winner()).as("winner").isNull();
            assertThat(conflict.chosenValue()).isNull();
            assertThat(resolution.manualFields()).containsExactly(FIELD);
            assertThat(resolution.newBase().unsettled()).containsExactly(FIELD);
        } else {
            assertThat(conflict.winner()).as("winner").isEqualTo(Side.valueOf(winner));
            assertThat(conflict.chosenValue()).isEqualTo(merged);
            assertThat(resolution.manualFields()).isEmpty();
            assertThat(resolution.newBase()).isEqualTo(resolution.merged());
        }
    }

    private static void assertWrite(Resolution resolution, Side side, String expected) {
        if (NOT_THERE.equals(expected)) {
            assertThat(resolution.patchFor(side).isEmpty()).as("no write to " + side).isTrue();
        } else {
            assertThat(resolution.patchFor(side).changes()).as("write to " + side)
                    .containsOnlyKeys(Set.of(FIELD)).containsEntry(FIELD, expected);
        }
    }

    private static SideRecord record(Side side, String value, String at) {
        if (NOT_THERE.equals(value)) {
            return null;
        }
        Instant modifiedAt = T0.plusNanos(new BigDecimal(at.substring(1)).movePointRight(9).longValueExact());
        return new SideRecord(side, side.name() + "-1", modifiedAt, OTHER_FIELDS.with(FIELD, value), null, null,
                false, List.of());
    }

    private static Contact base(String cell) {
        if (NOT_THERE.equals(cell)) {
            return null;
        }
        Contact base = OTHER_FIELDS.with(FIELD, value(cell));
        return cell != null && cell.startsWith("*") ? base.withUnsettled(Set.of(FIELD)) : base;
    }

    private static String value(String baseCell) {
        if (baseCell == null || NOT_THERE.equals(baseCell)) {
            return null;
        }
        return baseCell.startsWith("*") ? nullable(baseCell.substring(1)) : baseCell;
    }

    private static String nullable(String cell) {
        return cell.equals("null") ? null : cell;
    }
}
