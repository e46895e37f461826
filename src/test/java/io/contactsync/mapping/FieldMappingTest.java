package io.contactsync.mapping;

import io.contactsync.settings.SettingsException;
import io.contactsync.model.ContactField;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.SideRecord;
import io.contactsync.model.SyncPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldMappingTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultMapsEveryCanonicalField() {
        FieldMapping mapping = FieldMapping.defaults();

        assertThat(mapping.fields()).containsOnlyKeys(SyncPolicies.defaults().fields());
        assertThat(mapping.salesforceGenesysIdField()).isEqualTo("External_Genesys_ID__c");
        assertThat(mapping.fields().get(ContactField.EMAIL).genesys().path()).isEqualTo("workEmail");
        assertThat(mapping.fields().get(ContactField.EMAIL).type()).isEqualTo(FieldType.EMAIL);
        assertThat(mapping.fields().get(ContactField.LAST_NAME).salesforce().isRequired()).isTrue();
    }

    @Test
    void aFileOverridesTheDefaultAndTheMappersFollowIt() throws IOException {
        Path file = write("""
                salesforce:
                  genesysIdField: Genesys_Contact__c
                fields:
                  lastName:
                    salesforce: { field: LastName, required: true }
                    genesys: { path: lastName }
                  email:
                    salesforce: { field: Work_Email__c, maxLength: 120 }
                    genesys: { path: personalEmail }
                """);

        FieldMapping mapping = FieldMapping.load(file.toString());
        SalesforceContactMapper salesforce = new SalesforceContactMapper(mapping, new ValueNormalizer("US"));
        GenesysContactMapper genesys = new GenesysContactMapper(mapping, new ValueNormalizer("US"), "https://x", GenesysContactMapper.SchemaReferences.NONE,
            Payloads.ORGANIZATIONS);

        SideRecord fromSalesforce = salesforce.read("""
                {"Id":"003A00000000001AAA","SystemModstamp":"2024-01-02T08:30:00.000+0000","LastName":"Hopper",
                 "Title":"Rear Admiral","Work_Email__c":"Grace@Navy.mil","Genesys_Contact__c":"g-1"}""")
                .orElseThrow();
        SideRecord fromGenesys = genesys.read("""
                {"id":"g-1","modifyDate":"2024-01-02T08:31:00Z","lastName":"Hopper","title":"Admiral",
                 "workEmail":"work@navy.mil","personalEmail":"grace@navy.mil"}""").orElseThrow();

        assertThat(fromSalesforce.contact().get(ContactField.TITLE)).as("unmapped: not synced").isNull();
        assertThat(fromSalesforce.otherSideId()).isEqualTo("g-1");
        assertThat(fromGenesys.contact()).isEqualTo(fromSalesforce.contact());
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() throws IOException {
        Path file = write("""
                salesforce:
                  genesysIdField: External_Genesys_ID__c
                fields:
                  firstName:
                    salesforce: { field: FirstName }
                    genesys: { path: firstName }
                  nick-name:
                    salesforce: { field: Nickname__c }
                    genesys: { path: nickname }
                  tier:
                    type: enum
                    salesforce: { field: Tier__c }
                    genesys: { path: customFields.tier_text }
                    values: { Gold: gold, Silver: gold }
                    direction: SIDEWAYS
                    policy: NEWEST
                  lastName:
                    salesforce: { field: firstname }
                    genesys: { path: firstName, maxLength: 0 }
                  title:
                    salesforce: { field: Title }
                """);

        assertThatThrownBy(() -> FieldMapping.load(file.toString()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("fields.nick-name: 'nick-name' is not a field name")
                .hasMessageContaining("fields.tier.type: 'enum' is not one of text | longtext | email | phone"
                        + " | number | boolean | date | datetime | picklist | tags")
                .hasMessageContaining("fields.tier.values: two Salesforce values map to the same Genesys Cloud value")
                .hasMessageContaining("fields.tier.direction: 'SIDEWAYS' is not one of BOTH | SALESFORCE_TO_GENESYS"
                        + " | GENESYS_TO_SALESFORCE")
                .hasMessageContaining("fields.tier.policy: 'NEWEST' is not one of SALESFORCE | GENESYS | LAST_WRITE"
                        + " | MANUAL")
                .hasMessageContaining("fields.lastName: Salesforce field firstname is already mapped by "
                        + "fields.firstName")
                .hasMessageContaining("fields.lastName: Genesys Cloud path firstName is already mapped by "
                        + "fields.firstName")
                .hasMessageContaining("fields.lastName.genesys.maxLength: must be at least 1, was 0")
                .hasMessageContaining("fields.title: needs both 'salesforce' and 'genesys'");
    }

    @Test
    void theGenesysNotesAreMappedOnlyAsTextThatGoesToSalesforce() throws IOException {
        String lastNameOnly = """
                salesforce:
                  genesysIdField: External_Genesys_ID__c
                fields:
                  lastName:
                    salesforce: { field: LastName, required: true }
                    genesys: { path: lastName }
                """;
        FieldMapping withoutNotes = FieldMapping.load(write(lastNameOnly).toString());
        Path numberNotes = write(lastNameOnly + """
                  agentNotes:
                    type: number
                    salesforce: { field: Agent_Notes__c }
                    genesys: { path: notes }
                """);

        assertThat(FieldMapping.defaults().mapsGenesysNotes()).isTrue();
        assertThat(FieldMapping.defaults().fields().get(ContactField.NOTES).direction())
                .isEqualTo(FieldDirection.GENESYS_TO_SALESFORCE);
        assertThat(withoutNotes.mapsGenesysNotes()).isFalse();
        assertThatThrownBy(() -> FieldMapping.load(numberNotes.toString())).isInstanceOf(SettingsException.class)
                .hasMessageContaining("fields.agentNotes.type: the Genesys Cloud notes are text: longtext or text,"
                        + " not number")
                .hasMessageContaining("fields.agentNotes.direction: the Genesys Cloud notes are never written, so a"
                        + " field mapped to them goes GENESYS_TO_SALESFORCE, not BOTH");
    }

    @Test
    void aMisspeltKeyOrAMissingFileIsAClearStartupError() throws IOException {
        Path file = write("""
                salesforce:
                  genesysIdField: External_Genesys_ID__c
                fields:
                  firstName:
                    salesforce: { field: FirstName, maxLenght: 40 }
                    genesys: { path: firstName }
                """);

        assertThatThrownBy(() -> FieldMapping.load(file.toString())).isInstanceOf(SettingsException.class)
                .hasMessageContaining("maxLenght");
        assertThatThrownBy(() -> FieldMapping.load(dir.resolve("missing.yaml").toString()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("Settings file not found");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("mapping.yaml"), yaml);
    }
}
