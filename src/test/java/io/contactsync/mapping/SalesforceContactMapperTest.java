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

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SalesforceContactMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SalesforceContactMapper mapper = new SalesforceContactMapper(FieldMapping.defaults(),
            new ValueNormalizer("US"));

    @Test
    void readsAQueryRecordIntoCanonicalForm() {
        SideRecord record = mapper.read(Payloads.SALESFORCE_ADA).orElseThrow();

        assertThat(record.side()).isEqualTo(Side.SALESFORCE);
        assertThat(record.id()).isEqualTo("003Dn00000ABCdEIAX");
        assertThat(record.modifiedAt()).isEqualTo(Instant.parse("2024-01-02T08:30:00Z"));
        assertThat(record.lastModifiedBy()).isEqualTo("005Dn000001SwiUAAS");
        assertThat(record.otherSideId()).isEqualTo("6b9a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        assertThat(record.deleted()).isFalse();
        assertThat(record.warnings()).isEmpty();
        assertThat(record.contact().values()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(ContactField.FIRST_NAME, "Ada"), Map.entry(ContactField.LAST_NAME, "Lovelace"),
                Map.entry(ContactField.TITLE, "Analyst"), Map.entry(ContactField.EMAIL, "ada.lovelace@example.com"),
                Map.entry(ContactField.WORK_PHONE, "+13175551212"),
                Map.entry(ContactField.MOBILE_PHONE, "+13175551313;ext=7"),
                Map.entry(ContactField.STREET, "10 Main St\nSuite 4"), Map.entry(ContactField.CITY, "Indianapolis"),
                Map.entry(ContactField.STATE, "IN"), Map.entry(ContactField.POSTAL_CODE, "46204"),
                Map.entry(ContactField.COUNTRY, "US"), Map.entry(ContactField.ACCOUNT, "001Dn00000XYZabIAA")));
    }

    @Test
    void readsADeletedRecordFromQueryAll() {
        SideRecord record = mapper.read("""
                {"Id":"003Dn00000ABCdEIAX","SystemModstamp":"2024-01-03T00:00:00.000+0000","IsDeleted":true,
                 "LastName":"Lovelace"}""").orElseThrow();

        assertThat(record.deleted()).isTrue();
        assertThat(record.otherSideId()).isNull();
    }

    @Test
    void aBadRecordIsRejectedAloneWhileTheRestOfTheBatchMaps() throws Exception {
        JsonNode records = JSON.readTree("""
                [{"Id":"003A00000000001AAA","SystemModstamp":"2024-01-02T08:30:00.000+0000","LastName":"Hopper"},
                 {"SystemModstamp":"2024-01-02T08:30:00.000+0000","LastName":"NoId"},
                 {"Id":"003A00000000003AAA","SystemModstamp":"yesterday","LastName":"BadTime"},
                 {"Id":"003A00000000004AAA","SystemModstamp":"2024-01-02T08:30:00.000+0000","LastName":"Turing",
                  "Phone":"ask reception"},
                 {"Id":"003A00000000005AAA","SystemModstamp":"2024-01-02T08:30:00.000+0000","LastName":{"x":1}},
                 "not a record"]""");

        List<MappingResult<SideRecord>> results = mapper.readAll(records);

        assertThat(results).hasSize(6);
        assertThat(results.get(0).orElseThrow().contact().get(ContactField.LAST_NAME)).isEqualTo("Hopper");
        assertRejected(results.get(1), MappingResult.Rejected.UNKNOWN_ID, "record without Id");
        assertRejected(results.get(2), "003A00000000003AAA", "SystemModstamp 'yesterday' is not a timestamp");
        SideRecord turing = results.get(3).orElseThrow();
        assertThat(turing.contact().get(ContactField.WORK_PHONE)).isEqualTo("ask reception");
        assertThat(turing.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.field()).isEqualTo(ContactField.WORK_PHONE));
        assertRejected(results.get(4), "003A00000000005AAA", "LastName is not a text value");
        assertRejected(results.get(5), MappingResult.Rejected.UNKNOWN_ID, "expected a JSON object");
    }

    @Test
    void malformedJsonIsRejectedWithThePayloadKept() {
        MappingResult<SideRecord> result = mapper.read("{\"Id\":\"003A\", \"LastName\": ");

        assertRejected(result, MappingResult.Rejected.UNKNOWN_ID, "malformed JSON");
        assertThat(((MappingResult.Rejected<SideRecord>) result).payload()).startsWith("{\"Id\":\"003A\"");
        assertThatThrownBy(result::orElseThrow).isInstanceOf(RecordRejectedException.class)
                .hasMessageContaining("SALESFORCE record (unknown): malformed JSON");
    }

    @Test
    void anUpdateCarriesOnlyThePatchedFieldsAndNullClears() {
        Map<ContactField, String> changes = new HashMap<>();
        changes.put(ContactField.TITLE, "Chief Analyst");
        changes.put(ContactField.MOBILE_PHONE, null);

        ObjectNode body = mapper.updateRecord("003A00000000001AAA", new Patch(changes), null).orElseThrow();

        assertThat(body.toString()).isEqualTo("{\"attributes\":{\"type\":\"Contact\"},\"id\":\"003A00000000001AAA\","
                + "\"MobilePhone\":null,\"Title\":\"Chief Analyst\"}");
    }

    @Test
    void anUpdateCanRecordTheGenesysLink() {
        ObjectNode body = mapper.updateRecord("003A00000000001AAA", Patch.none(), "g-1").orElseThrow();

        assertThat(body.get("External_Genesys_ID__c").asText()).isEqualTo("g-1");
    }

    @Test
    void anOverLongValueRejectsTheRecordInsteadOfTruncating() {
        String longName = "L".repeat(81);
        MappingResult<ObjectNode> result = mapper.updateRecord("003A00000000001AAA",
                new Patch(Map.of(ContactField.LAST_NAME, longName)), null);

        assertRejected(result, "003A00000000001AAA", "lastName is 81 characters, Salesforce LastName allows 80");
    }

    @Test
    void aRequiredFieldCannotBeClearedOrMissingOnCreate() {
        Map<ContactField, String> clear = new HashMap<>();
        clear.put(ContactField.LAST_NAME, null);

        assertRejected(mapper.updateRecord("003A00000000001AAA", new Patch(clear), null), "003A00000000001AAA",
                "Salesforce requires LastName; it cannot be cleared");
        assertRejected(mapper.createRecord(Contact.empty().with(ContactField.FIRST_NAME, "Cher"), "g-9"),
                "(new, from Genesys g-9)", "Salesforce requires LastName (lastName), which is empty");
    }

    @Test
    void aCreateRecordHasEveryValueAndTheGenesysId() {
        Contact contact = Contact.empty().with(ContactField.LAST_NAME, "Hopper")
                .with(ContactField.EMAIL, "grace@example.com");

        ObjectNode body = mapper.createRecord(contact, "g-7").orElseThrow();

        assertThat(body.toString()).isEqualTo("{\"attributes\":{\"type\":\"Contact\"},\"Email\":\"grace@example.com\","
                + "\"LastName\":\"Hopper\",\"External_Genesys_ID__c\":\"g-7\"}");
    }

    @Test
    void listsTheFieldsToQuery() {
        assertThat(mapper.queryFields()).startsWith("Id", "SystemModstamp", "LastModifiedById", "IsDeleted",
                "External_Genesys_ID__c", "CreatedDate")
                .contains("FirstName", "MailingCountry", "AccountId", "Genesys_Tags__c", "Genesys_Notes__c").hasSize(22);
    }

    static void assertRejected(MappingResult<?> result, String recordId, String reason) {
        assertThat(result).isInstanceOfSatisfying(MappingResult.Rejected.class, rejected -> {
            assertThat(rejected.recordId()).isEqualTo(recordId);
            assertThat(rejected.reason()).contains(reason);
        });
    }
}
