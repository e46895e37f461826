package io.contactsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.contactsync.mapping.SalesforceContactMapperTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class GenesysContactMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final GenesysContactMapper mapper = new GenesysContactMapper(FieldMapping.defaults(),
            new ValueNormalizer("US"), "https://acme.my.salesforce.com/", GenesysContactMapper.SchemaReferences.NONE,
            Payloads.ORGANIZATIONS);

    @Test
    void readsAnExternalContactIntoCanonicalForm() {
        SideRecord record = mapper.read(Payloads.GENESYS_ADA).orElseThrow();

        assertThat(record.side()).isEqualTo(Side.GENESYS);
        assertThat(record.id()).isEqualTo("6b9a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        assertThat(record.modifiedAt()).isEqualTo(Instant.parse("2024-01-02T08:31:00.123Z"));
        assertThat(record.otherSideId()).isEqualTo("003Dn00000ABCdEIAX");
        assertThat(record.lastModifiedBy()).isNull();
        assertThat(record.warnings()).isEmpty();
        assertThat(record.contact().get(ContactField.WORK_PHONE)).isEqualTo("+13175551212");
        assertThat(record.contact().get(ContactField.MOBILE_PHONE)).isEqualTo("+13175551313;ext=7");
        assertThat(record.contact().get(ContactField.STREET)).isEqualTo("10 Main St\nSuite 4");
        assertThat(record.contact().get(ContactField.COUNTRY)).isEqualTo("US");
    }

    @Test
    void readsThePhoneDisplayWhenThereIsNoE164() {
        SideRecord record = mapper.read("""
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","lastName":"Hopper",
                 "homePhone":{"display":"(212) 555-0100"},"otherPhone":{"display":"front desk"}}""").orElseThrow();

        assertThat(record.contact().get(ContactField.HOME_PHONE)).isEqualTo("+12125550100");
        assertThat(record.contact().get(ContactField.OTHER_PHONE)).isEqualTo("front desk");
        assertThat(record.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.field()).isEqualTo(ContactField.OTHER_PHONE));
    }

    @Test
    void anUpdateIsTheWholeContactWithThePatchApplied() throws Exception {
        Map<ContactField, String> changes = new HashMap<>();
        changes.put(ContactField.TITLE, "Chief Analyst");
        changes.put(ContactField.MOBILE_PHONE, "+13175550000");
        changes.put(ContactField.CITY, null);
        changes.put(ContactField.HOME_PHONE, "+13175552222;ext=15");

        ObjectNode body = mapper.updateBody(Payloads.GENESYS_ADA, new Patch(changes), null).orElseThrow();

        JsonNode expected = JSON.readTree(Payloads.GENESYS_ADA);
        ((ObjectNode) expected).put("title", "Chief Analyst");
        ((ObjectNode) expected).set("cellPhone", JSON.readTree("{\"acceptsSMS\":true,\"display\":\"+13175550000\"}"));
        ((ObjectNode) expected).set("homePhone", JSON.readTree("{\"display\":\"+13175552222\",\"extension\":15}"));
        ((ObjectNode) expected.get("address")).remove("city");
        assertThat(JSON.readTree(body.toString())).as("as sent on the wire").isEqualTo(expected);
    }

    @Test
    void clearingTheLastAddressPartRemovesTheAddress() {
        String current = """
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","lastName":"Hopper","address":{"city":"Boston"}}""";
        Map<ContactField, String> changes = new HashMap<>();
        changes.put(ContactField.CITY, null);

        ObjectNode body = mapper.updateBody(current, new Patch(changes), null).orElseThrow();

        assertThat(body.has("address")).isFalse();
        assertThat(body.get("lastName").asText()).isEqualTo("Hopper");
    }

    @Test
    void anUpdateCanRecordTheSalesforceLink() {
        ObjectNode body = mapper.updateBody("{\"id\":\"g-1\"}", Patch.none(), "003A00000000001AAA").orElseThrow();

        assertThat(body.get("externalSystemUrl").asText())
                .isEqualTo("https://acme.my.salesforce.com/lightning/r/Contact/003A00000000001AAA/view");
    }

    @Test
    void aCreateBodyHasEveryValueAndTheSalesforceLink() throws Exception {
        Contact contact = Contact.empty().with(ContactField.LAST_NAME, "Hopper")
                .with(ContactField.WORK_PHONE, "+12125550100").with(ContactField.CITY, "New York");

        ObjectNode body = mapper.createBody(contact, "003A00000000001AAA").orElseThrow();

        assertThat(body).isEqualTo(JSON.readTree("""
                {"lastName":"Hopper","workPhone":{"display":"+12125550100"},"address":{"city":"New York"},
                 "externalSystemUrl":"https://acme.my.salesforce.com/lightning/r/Contact/003A00000000001AAA/view"}"""));
    }

    @Test
    void anOverLongValueRejectsTheRecord() {
        MappingResult<ObjectNode> result = mapper.updateBody(Payloads.GENESYS_ADA,
                new Patch(Map.of(ContactField.STATE, "S".repeat(51))), null);

        assertRejected(result, "6b9a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
                "state is 51 characters, Genesys Cloud address.state allows 50");
    }

    @Test
    void aBadRecordIsRejectedAloneWhileTheRestOfTheBatchMaps() throws Exception {
        JsonNode entities = JSON.readTree("""
                [{"id":"g-1","modifyDate":"2024-01-02T08:31:00.000Z","lastName":"Hopper"},
                 {"modifyDate":"2024-01-02T08:31:00.000Z","lastName":"NoId"},
                 {"id":"g-3","lastName":"NoModifyDate"},
                 {"id":"g-4","modifyDate":"2024-01-02T08:31:00.000Z","workPhone":{"display":"n/a"}}]""");

        List<MappingResult<SideRecord>> results = mapper.readAll(entities);

        assertThat(results.get(0).orElseThrow().id()).isEqualTo("g-1");
        assertRejected(results.get(1), MappingResult.Rejected.UNKNOWN_ID, "record without id");
        assertRejected(results.get(2), "g-3", "record without modifyDate");
        assertThat(results.get(3).orElseThrow().warnings()).hasSize(1);
        assertRejected(mapper.read("[}"), MappingResult.Rejected.UNKNOWN_ID, "malformed JSON");
        assertRejected(mapper.updateBody("not json", Patch.none(), null), MappingResult.Rejected.UNKNOWN_ID,
                "current contact is not a JSON object");
    }

    @Test
    void theNotesAttachedToAContactAreItsNotesFieldAndANoteChangesTheRecord() {
        SideRecord record = mapper.read("""
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","lastName":"Hopper","notes":[
                  {"id":"n1","noteText":"Prefers email","createDate":"2024-01-03T10:00:00Z",
                   "modifyDate":"2024-01-03T10:00:00Z"},
                  {"id":"n2","noteText":"Moved to Boston","createDate":"2024-01-04T10:00:00Z",
                   "modifyDate":"2024-01-05T10:00:00Z"}]}""").orElseThrow();
        SideRecord withoutNotes = mapper.read("""
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","lastName":"Hopper"}""").orElseThrow();

        assertThat(record.contact().get(ContactField.NOTES)).isEqualTo("Moved to Boston\n\nPrefers email");
        assertThat(record.modifiedAt()).as("the last note's change").isEqualTo(Instant.parse("2024-01-05T10:00:00Z"));
        assertThat(withoutNotes.contact().get(ContactField.NOTES)).isNull();
        assertThat(withoutNotes.modifiedAt()).isEqualTo(Instant.parse("2024-01-02T08:31:00Z"));
    }

    @Test
    void theNotesAreNeverWrittenToGenesysCloud() throws Exception {
        Map<ContactField, String> changes = new HashMap<>();
        changes.put(ContactField.NOTES, "typed in Salesforce");
        changes.put(ContactField.TITLE, "Chief Analyst");

        ObjectNode update = mapper.updateBody(Payloads.GENESYS_ADA, new Patch(changes), null).orElseThrow();
        ObjectNode create = mapper.createBody(Contact.empty().with(ContactField.LAST_NAME, "Hopper")
                .with(ContactField.NOTES, "typed in Salesforce"), "003Dn00000ABCdEIAX").orElseThrow();

        JsonNode expected = ((ObjectNode) JSON.readTree(Payloads.GENESYS_ADA)).put("title", "Chief Analyst");
        assertThat(JSON.readTree(update.toString())).isEqualTo(expected);
        assertThat(create.has("notes")).isFalse();
        assertThat(create.get("lastName").asText()).isEqualTo("Hopper");
    }

    @Test
    void ofAWriteGenesysCloudStoredWhatItsAnswerShowsExceptTheNotesItWasNeverSent() {
        Contact answered = Contact.empty().with(ContactField.LAST_NAME, "Hopper")
                .with(ContactField.HOME_PHONE, "+13175552222");
        Map<ContactField, String> changes = new HashMap<>();
        changes.put(ContactField.NOTES, "typed in Salesforce");
        changes.put(ContactField.HOME_PHONE, "+13175552222;ext=12345678901234567890");

        Contact stored = mapper.storedOf(answered, new Patch(changes));

        assertThat(stored.get(ContactField.NOTES)).isEqualTo("typed in Salesforce");
        assertThat(stored.get(ContactField.HOME_PHONE)).as("stored otherwise: an echo").isEqualTo("+13175552222");
        assertThat(stored.get(ContactField.LAST_NAME)).isEqualTo("Hopper");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            https://acme.my.salesforce.com/lightning/r/Contact/003Dn00000ABCdEIAX/view | 003Dn00000ABCdEIAX
            https://other.lightning.force.com/lightning/r/Contact/003Dn00000ABCdEIAX/view?x=1 | 003Dn00000ABCdEIAX
            https://na1.salesforce.com/003Dn00000ABCdEIAX                              | 003Dn00000ABCdEIAX
            https://na1.salesforce.com/003Dn00000ABCdE/                                | 003Dn00000ABCdEIAX
            https://example.com/crm/contacts/42                                        | null
            not a url                                                                  | null
            """)
    void findsTheSalesforceIdAtTheEndOfARecordUrl(String url, String expected) {
        assertThat(GenesysContactMapper.salesforceIdFromUrl(url)).isEqualTo(Optional.ofNullable(expected));
    }
}
