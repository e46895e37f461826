package io.contactsync.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.Patch;
import io.contactsync.model.SideRecord;
import io.contactsync.settings.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Custom fields of every kind, declared in a few lines over the packaged mapping, read and written on both sides. */
class CustomFieldMappingTest {

    private static final ContactField TIER = new ContactField("tier");
    private static final ContactField SCORE = new ContactField("score");
    private static final ContactField VIP = new ContactField("vip");
    private static final ContactField RENEWAL = new ContactField("renewal");
    private static final ObjectNode SCHEMA = JsonRecords.MAPPER.createObjectNode().put("id", "s-1").put("version", 3);

    @TempDir
    Path dir;

    private FieldMapping mapping() throws IOException {
        return FieldMapping.load(Files.writeString(dir.resolve("mapping.yaml"), """
                extends: classpath:mapping/contact-mapping.yaml
                fields:
                  country: ~
                  tier:
                    type: picklist
                    salesforce: { field: Tier__c }
                    genesys: { path: customFields.tier_enum }
                    values: { Gold: gold, Silver: silver }
                  score:
                    type: number
                    salesforce: { field: Score__c }
                    genesys: { path: customFields.score_number }
                  vip:
                    type: boolean
                    salesforce: { field: Vip__c }
                    genesys: { path: customFields.vip_checkbox }
                  renewal:
                    type: date
                    salesforce: { field: Renewal__c }
                    genesys: { path: customFields.renewal_date }
                """).toString());
    }

    @Test
    void aFileExtendsThePackagedMappingAddingAndRemovingFields() throws IOException {
        FieldMapping mapping = mapping();

        assertThat(mapping.fields().keySet()).containsSequence(ContactField.FIRST_NAME, ContactField.LAST_NAME)
                .contains(ContactField.TAGS, TIER, SCORE, VIP, RENEWAL).doesNotContain(ContactField.COUNTRY);
        assertThat(mapping.genesysSchema()).isEqualTo("Contact sync fields");
        assertThat(mapping.fields().get(TIER).values()).containsExactly(Map.entry("Gold", "gold"),
                Map.entry("Silver", "silver"));
    }

    @Test
    void bothSidesReadToTheSameCanonicalValues() throws IOException {
        FieldMapping mapping = mapping();
        ValueNormalizer normalizer = new ValueNormalizer("US");

        SideRecord salesforce = new SalesforceContactMapper(mapping, normalizer).read("""
                {"Id":"003A00000000001AAA","SystemModstamp":"2024-01-02T08:30:00.000+0000","LastName":"Hopper",
                 "Tier__c":"Gold","Score__c":12.50,"Vip__c":true,"Renewal__c":"2025-01-31",
                 "Genesys_Tags__c":"navy;admiral"}""").orElseThrow();
        SideRecord genesys = genesysMapper(mapping).read("""
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","lastName":"Hopper",
                 "schema":{"id":"s-1","version":3},
                 "customFields":{"tier_enum":"gold","score_number":12.5,"vip_checkbox":true,
                                 "renewal_date":"2025-01-31","tags_tag":["admiral","navy","navy"]}}""")
                .orElseThrow();

        assertThat(salesforce.contact().get(TIER)).isEqualTo("Gold");
        assertThat(salesforce.contact().get(SCORE)).isEqualTo("12.5");
        assertThat(salesforce.contact().get(VIP)).isEqualTo("true");
        assertThat(salesforce.contact().get(ContactField.TAGS)).isEqualTo("admiral;navy");
        assertThat(genesys.contact()).isEqualTo(salesforce.contact());
        assertThat(genesys.warnings()).isEmpty();
    }

    @Test
    void aGenesysPicklistValueWithoutAMappingIsKeptAndFlagged() throws IOException {
        SideRecord genesys = genesysMapper(mapping()).read("""
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","customFields":{"tier_enum":"platinum"}}""")
                .orElseThrow();

        assertThat(genesys.contact().get(TIER)).isEqualTo("platinum");
        assertThat(genesys.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo(TIER);
            assertThat(warning.reason()).contains("no Salesforce value maps to this Genesys Cloud value");
        });
    }

    @Test
    void eachSideIsWrittenInItsOwnTypes() throws IOException {
        FieldMapping mapping = mapping();
        Contact contact = Contact.empty().with(ContactField.LAST_NAME, "Hopper").with(TIER, "Silver")
                .with(SCORE, "12.5").with(VIP, "false").with(RENEWAL, "2025-01-31")
                .with(ContactField.TAGS, "admiral;navy");

        ObjectNode genesys = genesysMapper(mapping).createBody(contact, "003A00000000001AAA").orElseThrow();
        ObjectNode salesforce = new SalesforceContactMapper(mapping, new ValueNormalizer("US"))
                .createRecord(contact, "g-1").orElseThrow();

        assertThat(genesys.path("schema")).isEqualTo(SCHEMA);
        assertThat(genesys.path("customFields").toString()).isEqualTo("{\"renewal_date\":\"2025-01-31\","
                + "\"score_number\":12.5,\"tags_tag\":[\"admiral\",\"navy\"],\"tier_enum\":\"silver\","
                + "\"vip_checkbox\":false}");
        assertThat(salesforce.path("Score__c").isNumber()).isTrue();
        assertThat(salesforce.path("Vip__c").isBoolean()).isTrue();
        assertThat(salesforce.path("Tier__c").asText()).isEqualTo("Silver");
        assertThat(salesforce.path("Genesys_Tags__c").asText()).isEqualTo("admiral;navy");
    }

    @Test
    void anUpdateKeepsTheContactsSchemaAndClearsAFieldByRemovingIt() throws IOException {
        String current = """
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","schema":{"id":"s-1","version":2},
                 "customFields":{"tier_enum":"gold","score_number":3}}""";

        ObjectNode body = genesysMapper(mapping()).updateBody(current, new Patch(Map.of(SCORE, "4")), null)
                .orElseThrow();
        ObjectNode cleared = genesysMapper(mapping()).updateBody(current, new Patch(java.util.Collections
                .singletonMap(TIER, null)), null).orElseThrow();

        assertThat(body.path("schema").path("version").asInt()).as("the contact's own schema version").isEqualTo(2);
        assertThat(body.path("customFields").path("score_number").decimalValue()).isEqualByComparingTo("4");
        assertThat(cleared.path("customFields").has("tier_enum")).isFalse();
    }

    @Test
    void aCustomFieldWithoutTheNamedSchemaRejectsTheRecordOnly() throws IOException {
        GenesysContactMapper withoutSchema = new GenesysContactMapper(mapping(), new ValueNormalizer("US"),
                "https://x", GenesysContactMapper.SchemaReferences.NONE,
            Payloads.ORGANIZATIONS);

        MappingResult<ObjectNode> result = withoutSchema.createBody(Contact.empty().with(TIER, "Gold"), "003A");

        assertThat(result).isInstanceOfSatisfying(MappingResult.Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("no Genesys Cloud data schema named 'Contact sync fields'"));
    }

    @Test
    void aMappingThatExtendsItselfIsRefused() throws IOException {
        Path one = dir.resolve("one.yaml");
        Path two = Files.writeString(dir.resolve("two.yaml"), "extends: " + one + "\n");
        Files.writeString(one, "extends: " + two + "\n");

        assertThatThrownBy(() -> FieldMapping.load(one.toString())).isInstanceOf(SettingsException.class)
                .hasMessageContaining("extends itself");
    }

    private static GenesysContactMapper genesysMapper(FieldMapping mapping) {
        return new GenesysContactMapper(mapping, new ValueNormalizer("US"), "https://x",
                name -> name.equals("Contact sync fields") ? Optional.of(SCHEMA.deepCopy()) : Optional.empty(),
                Payloads.ORGANIZATIONS);
    }
}
