package io.contactsync.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.ContactJson;
import io.contactsync.model.SideRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Salesforce JSON -> canonical -> Genesys Cloud JSON -> canonical -> Salesforce JSON keeps every value. */
class RoundTripTest {

    private final ValueNormalizer normalizer = new ValueNormalizer("US");
    private final SalesforceContactMapper salesforce = new SalesforceContactMapper(FieldMapping.defaults(),
            normalizer);
    private final GenesysContactMapper genesys = new GenesysContactMapper(FieldMapping.defaults(), normalizer,
            "https://acme.my.salesforce.com", GenesysContactMapper.SchemaReferences.NONE,
            Payloads.ORGANIZATIONS);

    @Test
    void salesforceToGenesysAndBack() {
        SideRecord fromSalesforce = salesforce.read(Payloads.SALESFORCE_ADA).orElseThrow();

        ObjectNode created = genesys.createBody(fromSalesforce.contact(), fromSalesforce.id()).orElseThrow();
        SideRecord asGenesysReturnsIt = genesys.read(created.put("id", "g-1")
                .put("modifyDate", "2024-01-02T09:00:00.000Z")).orElseThrow();
        ObjectNode backToSalesforce = salesforce.createRecord(asGenesysReturnsIt.contact(), "g-1").orElseThrow();
        SideRecord readBack = salesforce.read(backToSalesforce.put("Id", "003Dn00000ABCdEIAX")
                .put("SystemModstamp", "2024-01-02T09:00:00.000+0000")).orElseThrow();

        assertThat(fromSalesforce.contact().values()).hasSize(12);
        assertThat(asGenesysReturnsIt.contact()).isEqualTo(fromSalesforce.contact());
        assertThat(asGenesysReturnsIt.otherSideId()).isEqualTo(fromSalesforce.id());
        assertThat(readBack.contact()).isEqualTo(fromSalesforce.contact());
        assertThat(readBack.otherSideId()).isEqualTo("g-1");
    }

    @Test
    void genesysToSalesforceAndBack() {
        SideRecord fromGenesys = genesys.read(Payloads.GENESYS_ADA).orElseThrow();

        ObjectNode created = salesforce.createRecord(fromGenesys.contact(), fromGenesys.id()).orElseThrow();
        SideRecord asSalesforceReturnsIt = salesforce.read(created.put("Id", "003Dn00000ABCdEIAX")
                .put("SystemModstamp", "2024-01-02T09:00:00.000+0000")).orElseThrow();

        assertThat(asSalesforceReturnsIt.contact()).isEqualTo(fromGenesys.contact());
        assertThat(ContactJson.hash(asSalesforceReturnsIt.contact())).isEqualTo(ContactJson.hash(fromGenesys.contact()));
    }

    @Test
    void bothSidesOfTheSamePersonAgreeAfterNormalisation() {
        Contact salesforceSide = salesforce.read(Payloads.SALESFORCE_ADA).orElseThrow().contact();
        Contact genesysSide = genesys.read(Payloads.GENESYS_ADA).orElseThrow().contact();

        // Different spellings on the wire (case, whitespace, phone formats, CRLF), the same canonical contact.
        assertThat(genesysSide).isEqualTo(salesforceSide);
        assertThat(genesysSide.get(ContactField.EMAIL)).isEqualTo("ada.lovelace@example.com");
    }
}
