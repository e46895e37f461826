package io.contactsync.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactPairTest {

    private final Contact base = Contact.empty().with(ContactField.LAST_NAME, "Lovelace");
    private final SideRecord salesforce = new SideRecord(Side.SALESFORCE, "003A", Instant.EPOCH,
            base.with(ContactField.TITLE, "CTO"), null, null, false, List.of());

    @Test
    void aSideNotSeenStandsAtTheBase() {
        ContactPair pair = new ContactPair(salesforce, null, base);

        assertThat(pair.current(Side.GENESYS)).isEqualTo(base);
        assertThat(pair.modifiedAt(Side.GENESYS)).isNull();
        assertThat(pair.current(Side.SALESFORCE).get(ContactField.TITLE)).isEqualTo("CTO");
    }

    @Test
    void aSidesEchoOfTheBaseValueComparesAsTheBaseValueAndIsWhatTheSideHoldsAtTheBase() {
        Contact echoedBase = base.with(ContactField.MOBILE_PHONE, "+13175550100;ext=12345678901234567890");
        Echoes echoes = Echoes.none().with(Side.GENESYS, ContactField.MOBILE_PHONE,
                new Echoes.Echo("+13175550100;ext=12345678901234567890", "+13175550100"));
        Contact genesysHolds = echoedBase.with(ContactField.MOBILE_PHONE, "+13175550100");
        SideRecord genesys = new SideRecord(Side.GENESYS, "g-1", Instant.EPOCH, genesysHolds, null, null, false,
                List.of());

        ContactPair seen = new ContactPair(null, genesys, echoedBase, echoes);
        ContactPair notSeen = new ContactPair(salesforce, null, echoedBase, echoes);

        assertThat(seen.current(Side.GENESYS)).isEqualTo(echoedBase);
        assertThat(seen.held(Side.GENESYS)).isEqualTo(genesysHolds);
        assertThat(notSeen.current(Side.GENESYS)).isEqualTo(echoedBase);
        assertThat(notSeen.held(Side.GENESYS)).as("what a write to Genesys Cloud expects to find there")
                .isEqualTo(genesysHolds);
        assertThat(notSeen.held(Side.SALESFORCE)).isEqualTo(salesforce.contact());
    }

    @Test
    void refusesPairsThatCannotBeDecided() {
        assertThatThrownBy(() -> new ContactPair(salesforce, null, null))
                .hasMessageContaining("only be absent when there is a base");
        assertThatThrownBy(() -> new ContactPair(null, null, base)).hasMessageContaining("at least one side");
        assertThatThrownBy(() -> new ContactPair(null, salesforce, base)).hasMessageContaining("Expected a GENESYS");
    }
}
