package io.contactsync.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.Patch;
import io.contactsync.model.SideRecord;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.contactsync.mapping.SalesforceContactMapperTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** The organizations' mapping, and a contact's organization as a reference through the organizations' links. */
class OrganizationMappersTest {

    private static final ContactField WEBSITE = new ContactField("website");
    private static final ContactField NAME = new ContactField("name");
    private static final String ADA = "6b9a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

    private final ValueNormalizer normalizer = new ValueNormalizer("US");
    private final GenesysContactMapper organizations = new GenesysContactMapper(PackagedFields.ORGANIZATION_MAPPING,
            normalizer, "https://acme.my.salesforce.com", GenesysContactMapper.SchemaReferences.NONE,
            OrganizationIds.NONE);

    @Test
    void anOrganizationsWebsiteIsTheFirstOfItsWebsitesAndAWriteKeepsTheOthers() throws Exception {
        String organization = """
                {"id":"o-1","name":"Acme","modifyDate":"2024-01-02T08:31:00Z",
                 "websites":["https://acme.com","https://shop.acme.com"],"industry":"Retail",
                 "phoneNumber":{"display":"+1 317-555-1212","e164":"+13175551212"}}""";

        SideRecord read = organizations.read(organization).orElseThrow();
        ObjectNode updated = organizations.updateBody(organization,
                new Patch(Map.of(WEBSITE, "https://acme.example")), "001A").orElseThrow();

        assertThat(read.contact().get(WEBSITE)).isEqualTo("https://acme.com");
        assertThat(read.contact().get(NAME)).isEqualTo("Acme");
        assertThat(updated.path("websites").toString()).isEqualTo("[\"https://acme.example\",\"https://shop.acme.com\"]");
        assertThat(updated.path("externalSystemUrl").asText())
                .isEqualTo("https://acme.my.salesforce.com/lightning/r/Account/001A/view");
    }

    @Test
    void aNewOrganizationGetsAListOfOneWebsite() {
        ObjectNode created = organizations.createBody(Contact.empty().with(NAME, "Acme")
                .with(WEBSITE, "https://acme.com"), "001A").orElseThrow();

        assertThat(created.path("websites").toString()).isEqualTo("[\"https://acme.com\"]");
        assertThat(created.path("name").asText()).isEqualTo("Acme");
    }

    @Test
    void aContactOfALinkedOrganizationReadsAsItsAccountAndIsWrittenAsTheOrganization() throws Exception {
        GenesysContactMapper contacts = contacts(Payloads.ORGANIZATIONS);

        SideRecord read = contacts.read(Payloads.GENESYS_ADA).orElseThrow();
        ObjectNode moved = contacts.updateBody(Payloads.GENESYS_ADA,
                new Patch(Map.of(ContactField.ACCOUNT, "001Dn00000XYZabIAA")), null).orElseThrow();
        Map<ContactField, String> detach = new HashMap<>();
        detach.put(ContactField.ACCOUNT, null);
        ObjectNode detached = contacts.updateBody(Payloads.GENESYS_ADA, new Patch(detach), null).orElseThrow();

        assertThat(read.contact().get(ContactField.ACCOUNT)).isEqualTo("001Dn00000XYZabIAA");
        assertThat(moved.path("externalOrganization").toString()).as("no stale selfUri").isEqualTo("{\"id\":\"a1b2\"}");
        assertThat(detached.has("externalOrganization")).isFalse();
    }

    @Test
    void aContactOfAnOrganizationNotLinkedYetWaitsAndSaysSo() {
        assertRejected(contacts(unlinked(false)).read(Payloads.GENESYS_ADA), ADA,
                "its external organization a1b2 is not linked to a Salesforce Account yet: the contact waits until"
                        + " the organization is synced");
    }

    @Test
    void aContactOfAnOrganizationThatNeverGetsAnAccountReadsAsAttachedToNone() {
        SideRecord read = contacts(unlinked(true)).read(Payloads.GENESYS_ADA).orElseThrow();

        assertThat(read.contact().get(ContactField.ACCOUNT)).isNull();
        assertThat(read.contact().get(ContactField.LAST_NAME)).isEqualTo("Lovelace");
    }

    @Test
    void aContactMovedToAnAccountNotLinkedYetIsNotHalfWritten() {
        MappingResult<ObjectNode> update = contacts(unlinked(false)).updateBody(Payloads.GENESYS_ADA,
                new Patch(Map.of(ContactField.ACCOUNT, "001Dn00000NEWacIAA", ContactField.TITLE, "Countess")), null);

        assertRejected(update, ADA, "its Account 001Dn00000NEWacIAA is not linked to a Genesys Cloud external"
                + " organization yet: the contact waits until the organization is synced");
    }

    private GenesysContactMapper contacts(OrganizationIds ids) {
        return new GenesysContactMapper(FieldMapping.defaults(), normalizer, "https://acme.my.salesforce.com",
                GenesysContactMapper.SchemaReferences.NONE, ids);
    }

    private static OrganizationIds unlinked(boolean readsAsNone) {
        return OrganizationIds.nothingLinked(readsAsNone);
    }
}
