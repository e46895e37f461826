package io.contactsync.match;

import io.contactsync.model.ContactField;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationKeysTest {

    private final Map<String, String> stored = Map.of("SALESFORCE:003L", "pair-1", "GENESYS:g-linked", "pair-1");
    private final LinkLookup links = (side, id) -> Optional.ofNullable(stored.get(side + ":" + id));
    private final CorrelationKeys keys = new CorrelationKeys(links, new PersonKey(false));
    private final CorrelationKeys keysWithPhones = new CorrelationKeys(links, new PersonKey(true));

    @Test
    void aStoredLinkComesFirstOnBothSides() {
        assertThat(keys.keyFor(Records.salesforce("003L").with(ContactField.EMAIL, "a@x.com").naming("g-other")
                .build())).isEqualTo("link:pair-1");
        assertThat(keys.keyFor(Records.genesys("g-linked").build())).isEqualTo("link:pair-1");
    }

    @Test
    void aRetiredOrDeletedLinkedRecordStillKeysOnItsLink() {
        assertThat(keys.keyFor(Records.salesforce("003L").deleted().build())).isEqualTo("link:pair-1");
    }

    @Test
    void externalIdsWrittenBySyncMeetFromBothDirections() {
        String salesforceNamingGenesys = keys.keyFor(Records.salesforce("003S").naming("g-7")
                .with(ContactField.EMAIL, "one@x.com").build());
        String genesysNamingSalesforce = keys.keyFor(Records.genesys("g-7").naming("003S")
                .with(ContactField.EMAIL, "other@x.com").build());

        assertThat(salesforceNamingGenesys).isEqualTo("sf:003S").isEqualTo(genesysNamingSalesforce);
    }

    @Test
    void emailsMeetWhateverTheirCaseAndWhitespace() {
        String salesforce = keys.keyFor(Records.salesforce("003A").with(ContactField.EMAIL, "  Ada@Example.COM ")
                .build());
        String genesys = keys.keyFor(Records.genesys("g-1").with(ContactField.EMAIL, "ada@example.com").build());

        assertThat(salesforce).isEqualTo("email:ada@example.com").isEqualTo(genesys);
    }

    @Test
    void phonesMatchOnlyWhenSwitchedOn() {
        var salesforce = Records.salesforce("003A").with(ContactField.WORK_PHONE, "(317) 555-1212").build();
        var genesys = Records.genesys("g-1").with(ContactField.MOBILE_PHONE, "+1 317 555 1212").build();

        assertThat(keys.keyFor(salesforce)).isEqualTo("record:SALESFORCE:003A");
        assertThat(keys.keyFor(genesys)).isEqualTo("record:GENESYS:g-1");
        assertThat(keysWithPhones.keyFor(salesforce)).isEqualTo("phone:+13175551212")
                .isEqualTo(keysWithPhones.keyFor(genesys));
    }

    @Test
    void phoneMatchingPrefersMobileAndSkipsNumbersThatDidNotNormalise() {
        var record = Records.salesforce("003A").with(ContactField.WORK_PHONE, "(317) 555-1212")
                .with(ContactField.MOBILE_PHONE, "ask reception").with(ContactField.HOME_PHONE, "212 555 0100")
                .build();

        assertThat(keysWithPhones.keyFor(record)).isEqualTo("phone:+13175551212");
        assertThat(keysWithPhones.keyFor(Records.salesforce("003B").with(ContactField.MOBILE_PHONE, "212-555-0199")
                .with(ContactField.WORK_PHONE, "317-555-1212").build())).isEqualTo("phone:+12125550199");
    }

    @Test
    void anUnlinkedDeletedRecordAndARecordWithoutKeysStandAlone() {
        assertThat(keys.keyFor(Records.genesys("g-9").with(ContactField.EMAIL, "a@x.com").deleted().build()))
                .isEqualTo("deleted:GENESYS:g-9");
        assertThat(keys.keyFor(Records.salesforce("003N").with(ContactField.LAST_NAME, "Nobody").build()))
                .isEqualTo("record:SALESFORCE:003N");
    }
}
