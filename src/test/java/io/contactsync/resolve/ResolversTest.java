package io.contactsync.resolve;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactPair;
import io.contactsync.model.DeletePolicy;
import io.contactsync.model.MassDisappearance;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolversTest {

    @Test
    void findsEachResolverByItsConfigurationName() {
        assertThat(Resolvers.byName("threeWayMerge")).isInstanceOf(ThreeWayMergeResolver.class);
        assertThat(Resolvers.byName("fieldPriority")).isInstanceOf(FieldPriorityResolver.class);
        assertThat(Resolvers.byName("lastWriteWins")).isInstanceOf(LastWriteWinsResolver.class);
        assertThatThrownBy(() -> Resolvers.byName("newest"))
                .hasMessage("Unknown resolver 'newest' (known: threeWayMerge, fieldPriority, lastWriteWins)");
    }

    @Test
    void theConfiguredResolverUsesTheResolverItsPoliciesName() {
        Contact base = Contact.empty().with(ContactField.TITLE, "Analyst");
        ContactPair pair = new ContactPair(
                record(Side.SALESFORCE, base.with(ContactField.TITLE, "Engineer"), 10),
                record(Side.GENESYS, base.with(ContactField.TITLE, "Manager"), 20), base);
        SyncPolicies defaults = SyncPolicies.defaults();
        SyncPolicies lastWrite = new SyncPolicies(defaults.fieldPolicies(), Map.of(), defaults.clockSkewTolerance(),
                defaults.tieBreaker(), DeletePolicy.UNLINK, LastWriteWinsResolver.NAME, false, "US",
                MassDisappearance.defaults());

        assertThat(new ConfiguredResolver(defaults).resolve(pair).merged().get(ContactField.TITLE))
                .as("three-way: title is Salesforce-owned").isEqualTo("Engineer");
        assertThat(new ConfiguredResolver(lastWrite).resolve(pair).merged().get(ContactField.TITLE))
                .as("last write wins: the later Genesys edit wins").isEqualTo("Manager");
    }

    @Test
    void aDeletedRecordIsNotMerged() {
        Contact base = Contact.empty().with(ContactField.TITLE, "Analyst");
        ContactPair pair = new ContactPair(null, SideRecord.vanished(Side.GENESYS, "g-1", Instant.EPOCH), base);

        assertThatThrownBy(() -> new ThreeWayMergeResolver().resolve(pair, SyncPolicies.defaults()))
                .hasMessageContaining("GENESYS record g-1 is deleted");
    }

    private static SideRecord record(Side side, Contact contact, long seconds) {
        return new SideRecord(side, side + "-1", Instant.EPOCH.plusSeconds(seconds), contact, null, null, false,
                List.of());
    }
}
