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
    void refusesPairsThatCannotBeDecided() {
        assertThatThrownBy(() -> new ContactPair(salesforce, null, null))
                .hasMessageContaining("only be absent when there is a base");
        assertThatThrownBy(() -> new ContactPair(null, null, base)).hasMessageContaining("at least one side");
        assertThatThrownBy(() -> new ContactPair(null, salesforce, base)).hasMessageContaining("Expected a GENESYS");
    }
}
