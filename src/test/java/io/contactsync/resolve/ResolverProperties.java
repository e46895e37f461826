package io.contactsync.resolve;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.DeletePolicy;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.Resolution;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ResolverProperties {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @Property
    void mergingIsDeterministic(@ForAll("resolvers") Resolver resolver, @ForAll("pairs") ContactPair pair,
                                @ForAll("policies") SyncPolicies policies) {
        assertThat(resolver.resolve(pair, policies)).isEqualTo(resolver.resolve(pair, policies));
    }

    @Property
    void aFieldChangedOnOneSideOnlyIsNeverLost(@ForAll("pairs") ContactPair pair,
                                               @ForAll("policies") SyncPolicies policies) {
        Resolution resolution = new ThreeWayMergeResolver().resolve(pair, policies);
        Contact base = pair.base();
        for (ContactField field : ContactField.values()) {
            if (base == null || base.isUnsettled(field)) {
                continue;
            }
            String sf = pair.current(Side.SALESFORCE).get(field);
            String gc = pair.current(Side.GENESYS).get(field);
            if (Objects.equals(gc, base.get(field)) && !Objects.equals(sf, gc)) {
                assertThat(resolution.merged().get(field)).as(field + " changed in Salesforce only").isEqualTo(sf);
            }
            if (Objects.equals(sf, base.get(field)) && !Objects.equals(sf, gc)) {
                assertThat(resolution.merged().get(field)).as(field + " changed in Genesys only").isEqualTo(gc);
            }
        }
    }

    @Property
    void afterBothPatchesBothSidesHoldTheMergedValuesExceptManualFields(
            @ForAll("resolvers") Resolver resolver, @ForAll("pairs") ContactPair pair,
            @ForAll("policies") SyncPolicies policies) {
        Resolution resolution = resolver.resolve(pair, policies);
        for (Side side : Side.values()) {
            Contact before = pair.current(side);
            Contact after = resolution.patchFor(side).applyTo(before);
            for (ContactField field : ContactField.values()) {
                String expected = resolution.manualFields().contains(field) ? before.get(field)
                        : resolution.merged().get(field);
                assertThat(after.get(field)).as(side + " " + field).isEqualTo(expected);
            }
        }
    }

    @Property
    void reResolvingTheMergedRecordAgainstItselfIsANoOp(@ForAll("resolvers") Resolver resolver,
                                                       @ForAll("pairs") ContactPair pair,
                                                       @ForAll("policies") SyncPolicies policies) {
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
    }

    @Property
    void everyOverwrittenEditAppearsInAFieldConflict(@ForAll("resolvers") Resolver resolver,
                                                     @ForAll("pairs") ContactPair pair,
                                                     @ForAll("policies") SyncPolicies policies) {
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
    }

    @Property
    void manualFieldsAreWrittenNowhereAndStayUnsettled(@ForAll("resolvers") Resolver resolver,
                                                      @ForAll("pairs") ContactPair pair,
                                                      @ForAll("policies") SyncPolicies policies) {
        Resolution resolution = resolver.resolve(pair, policies);
        for (ContactField field : resolution.manualFields()) {
            assertThat(resolution.salesforcePatch().fields()).doesNotContain(field);
            assertThat(resolution.genesysPatch().fields()).doesNotContain(field);
            assertThat(resolution.newBase().isUnsettled(field)).isTrue();
        }
    }

    @Provide
    Arbitrary<Resolver> resolvers() {
        return Arbitraries.of(new ThreeWayMergeResolver(), new FieldPriorityResolver(), new LastWriteWinsResolver());
    }

    @Provide
    Arbitrary<SyncPolicies> policies() {
        Arbitrary<Map<ContactField, FieldPolicy>> fieldPolicies = Arbitraries.of(FieldPolicy.class)
                .list().ofSize(ContactField.values().length).map(list -> {
                    Map<ContactField, FieldPolicy> map = new EnumMap<>(ContactField.class);
                    for (ContactField field : ContactField.values()) {
                        map.put(field, list.get(field.ordinal()));
                    }
                    return map;
                });
        return Combinators.combine(fieldPolicies, Arbitraries.longs().between(0, 5_000), Arbitraries.of(Side.class))
                .as((map, skewMillis, tie) -> new SyncPolicies(map, Duration.ofMillis(skewMillis), tie,
                        DeletePolicy.UNLINK, SyncPolicies.DEFAULT_RESOLVER, false, "US"));
    }

    @Provide
    Arbitrary<ContactPair> pairs() {
        Arbitrary<Contact> base = contacts().flatMap(contact -> Arbitraries.subsetOf(ContactField.values())
                .map(contact::withUnsettled)).injectNull(0.25);
        return Combinators.combine(base, contacts(), contacts(), times(), times(), Arbitraries.integers().between(0, 5))
                .as((b, sf, gc, sfAt, gcAt, absence) -> new ContactPair(
                        b != null && absence == 0 ? null : record(Side.SALESFORCE, sf, sfAt),
                        b != null && absence == 1 ? null : record(Side.GENESYS, gc, gcAt),
                        b));
    }

    private Arbitrary<Contact> contacts() {
        // Few distinct values, so that sides often agree with each other or with the base.
        return Arbitraries.of("a", "b", "c").injectNull(0.3).list().ofSize(ContactField.values().length)
                .map(values -> {
                    Contact contact = Contact.empty();
                    for (ContactField field : ContactField.values()) {
                        contact = contact.with(field, values.get(field.ordinal()));
                    }
                    return contact;
                });
    }

    private Arbitrary<Instant> times() {
        return Arbitraries.longs().between(0, 10_000).map(T0::plusMillis);
    }

    private static SideRecord record(Side side, Contact contact, Instant modifiedAt) {
        return new SideRecord(side, side.name() + "-1", modifiedAt, contact, null, null, false, List.of());
    }

}
