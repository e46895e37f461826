package io.contactsync.resolve;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.DeletePolicy;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.MassDisappearance;
import io.contactsync.model.Resolution;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static io.contactsync.model.ContactGenerators.contacts;
import static io.contactsync.model.ContactGenerators.fieldSubsets;
import static io.contactsync.model.ContactGenerators.orNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties of the three resolvers, checked on generated pairs (QuickTheories). A failure prints the smallest
 * falsifying pair found and the seed; {@code -DQT_SEED=<seed>} replays that run.
 */
class ResolverPropertiesTest {

    private static final List<ContactField> FIELDS = List.copyOf(SyncPolicies.defaults().fields());

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void mergingIsDeterministic() {
        qt().forAll(resolvers(), pairs(), policies()).checkAssert((resolver, pair, policies) -> {
            assertThat(resolver.resolve(pair, policies)).isEqualTo(resolver.resolve(pair, policies));
        });
    }

    @Test
    void aFieldChangedOnOneSideOnlyIsTakenOrPutBackByItsOwnerAndJournalled() {
        qt().forAll(pairs(), policies()).checkAssert((pair, policies) -> {
            Resolution resolution = new ThreeWayMergeResolver().resolve(pair, policies);
            Contact base = pair.base();
            for (ContactField field : FIELDS) {
                if (base == null || base.isUnsettled(field)) {
                    continue;
                }
                for (Side changed : Side.values()) {
                    String edit = pair.current(changed).get(field);
                    String other = pair.current(changed.other()).get(field);
                    if (!Objects.equals(other, base.get(field)) || Objects.equals(edit, other)) {
                        continue;
                    }
                    Side owner = policies.directionOf(field).owner();
                    if (owner == null || owner == changed) {
                        assertThat(resolution.merged().get(field)).as(field + " changed in " + changed + " only")
                                .isEqualTo(edit);
                    } else {
                        // the other side owns the field: the edit is put back, and journalled as the losing value
                        assertThat(resolution.merged().get(field)).as(field + " owned by " + owner).isEqualTo(other);
                        assertThat(resolution.conflicts()).as(field + " edited on the side that does not own it")
                                .anySatisfy(conflict -> {
                                    assertThat(conflict.field()).isEqualTo(field);
                                    assertThat(conflict.valueOf(changed)).isEqualTo(edit);
                                    assertThat(conflict.winner()).isEqualTo(owner);
                                });
                    }
                }
            }
        });
    }

    @Test
    void afterBothPatchesBothSidesHoldTheMergedValuesExceptManualFields() {
        qt().forAll(resolvers(), pairs(), policies()).checkAssert((resolver, pair, policies) -> {
            Resolution resolution = resolver.resolve(pair, policies);
            for (Side side : Side.values()) {
                Contact before = pair.current(side);
                Contact after = resolution.patchFor(side).applyTo(before);
                for (ContactField field : FIELDS) {
                    String expected = resolution.manualFields().contains(field) ? before.get(field)
                            : resolution.merged().get(field);
                    assertThat(after.get(field)).as(side + " " + field).isEqualTo(expected);
                }
            }
        });
    }

    @Test
    void reResolvingTheMergedRecordAgainstItselfIsANoOp() {
        qt().forAll(resolvers(), pairs(), policies()).checkAssert((resolver, pair, policies) -> {
            Resolution first = resolver.resolve(pair, policies);
            ContactPair converged = new ContactPair(
                    record(Side.SALESFORCE, first.merged(), T0.plusSeconds(100)),
                    record(Side.GENESYS, first.merged(), T0.plusSeconds(100)),
                    first.newBase());

            Resolution second = resolver.resolve(converged, policies);

            assertThat(second.hasWrites()).isFalse();
            assertThat(second.conflicts()).isEmpty();
            assertThat(second.manualFields()).isEmpty();
            assertThat(second.merged()).isEqualTo(first.merged());
        });
    }

    @Test
    void everyOverwrittenEditAppearsInAFieldConflict() {
        qt().forAll(resolvers(), pairs(), policies()).checkAssert((resolver, pair, policies) -> {
            Resolution resolution = resolver.resolve(pair, policies);
            for (Side side : Side.values()) {
                resolution.patchFor(side).fields().forEach(field -> {
                    String overwritten = pair.current(side).get(field);
                    boolean unchangedSinceBase = pair.base() != null && !pair.base().isUnsettled(field)
                            && Objects.equals(overwritten, pair.base().get(field));
                    if (!unchangedSinceBase) {
                        assertThat(resolution.conflicts()).as(side + " " + field + " value " + overwritten)
                                .anySatisfy(conflict -> {
                                    assertThat(conflict.field()).isEqualTo(field);
                                    assertThat(conflict.valueOf(side)).isEqualTo(overwritten);
                                });
                    }
                });
            }
        });
    }

    @Test
    void manualFieldsAreWrittenNowhereAndStayUnsettled() {
        qt().forAll(resolvers(), pairs(), policies()).checkAssert((resolver, pair, policies) -> {
            Resolution resolution = resolver.resolve(pair, policies);
            for (ContactField field : resolution.manualFields()) {
                assertThat(resolution.salesforcePatch().fields()).doesNotContain(field);
                assertThat(resolution.genesysPatch().fields()).doesNotContain(field);
                assertThat(resolution.newBase().isUnsettled(field)).isTrue();
            }
        });
    }

    private static Gen<Resolver> resolvers() {
        return arbitrary().<Resolver>pick(new ThreeWayMergeResolver(), new FieldPriorityResolver(),
                new LastWriteWinsResolver()).describedAs(resolver -> resolver.getClass().getSimpleName());
    }

    /** Per field a policy and a direction (one-way fields are drawn a third of the time each way). */
    private static Gen<SyncPolicies> policies() {
        FieldPolicy[] policies = FieldPolicy.values();
        FieldDirection[] directions = FieldDirection.values();
        Gen<List<Integer>> choices = lists().of(integers().between(0, policies.length * directions.length - 1))
                .ofSize(FIELDS.size());
        return choices.zip(longs().between(0, 5_000), arbitrary().enumValues(Side.class), (list, skewMillis, tie) -> {
            Map<ContactField, FieldPolicy> fieldPolicies = new TreeMap<>();
            Map<ContactField, FieldDirection> fieldDirections = new TreeMap<>();
            for (ContactField field : FIELDS) {
                int choice = list.get(FIELDS.indexOf(field));
                fieldPolicies.put(field, policies[choice % policies.length]);
                fieldDirections.put(field, directions[choice / policies.length]);
            }
            return new SyncPolicies(fieldPolicies, fieldDirections, Duration.ofMillis(skewMillis), tie,
                    DeletePolicy.UNLINK, SyncPolicies.DEFAULT_RESOLVER, false, "US", MassDisappearance.defaults());
        });
    }

    private static Gen<ContactPair> pairs() {
        Gen<Contact> base = orNull(fewValueContacts().zip(fieldSubsets(), Contact::withUnsettled), 25);
        return base.zip(sideRecords(Side.SALESFORCE), sideRecords(Side.GENESYS), integers().between(0, 5),
                (b, sf, gc, absence) -> new ContactPair(
                        b != null && absence == 0 ? null : sf,
                        b != null && absence == 1 ? null : gc,
                        b));
    }

    private static Gen<SideRecord> sideRecords(Side side) {
        return fewValueContacts().zip(longs().between(0, 10_000),
                (contact, millis) -> record(side, contact, T0.plusMillis(millis)));
    }

    private static Gen<Contact> fewValueContacts() {
        // Few distinct values, so that sides often agree with each other or with the base.
        return contacts(orNull(arbitrary().pick("a", "b", "c"), 30));
    }

    private static SideRecord record(Side side, Contact contact, Instant modifiedAt) {
        return new SideRecord(side, side.name() + "-1", modifiedAt, contact, null, null, false, List.of());
    }

}
