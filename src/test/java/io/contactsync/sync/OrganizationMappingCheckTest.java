package io.contactsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.MappedObject;
import io.contactsync.mapping.MappingCheck;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.settings.SettingsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A mapping of {@code object: ORGANIZATION} maps Salesforce Accounts to Genesys Cloud external organizations: it is
 * checked against the Account describe and the organization data schemas, as the sandbox's emulators answer them.
 */
class OrganizationMappingCheckTest {

    private static final String GENESYS_ID_FIELD = """
            {"object":"Account","fields":[{"name":"Genesys_Organization_ID__c","type":"text","length":36}]}""";
    private static final String SCHEMA = """
            {"name":"Organization sync fields","version":0,"enabled":true,
             "jsonSchema":{"$schema":"http://json-schema.org/draft-04/schema#","title":"Organization sync fields",
               "properties":{"segment_enum":{"allOf":[{"$ref":"#/definitions/enum"}],"title":"Segment",
                 "enum":["smb","enterprise"]}}}}""";
    private static final String ORGANIZATIONS = """
            object: ORGANIZATION
            salesforce: { genesysIdField: Genesys_Organization_ID__c }
            genesys: { schema: Organization sync fields }
            fields:
              name: { salesforce: { field: Name, required: true }, genesys: { path: name } }
              phone: { type: phone, salesforce: { field: Phone }, genesys: { path: phoneNumber } }
              industry: { type: picklist, salesforce: { field: Industry }, genesys: { path: industry } }
              city: { salesforce: { field: BillingCity }, genesys: { path: address.city } }
              segment:
                type: picklist
                salesforce: { field: Segment__c }
                genesys: { path: customFields.segment_enum }
                values: { SMB: smb, Enterprise: enterprise }
            """;

    static Sandbox sandbox;
    static SandboxApis apis;
    static JsonNode accountDescribe;
    static JsonNode organizationSchemas;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        sandbox = Sandbox.start(SandboxSettings.onFreePorts());
        apis = new SandboxApis(sandbox);
        apis.salesforceControl("POST", "/fields", SandboxApis.JSON.readTree(GENESYS_ID_FIELD));
        apis.salesforceControl("POST", "/fields", SandboxApis.JSON.readTree("""
                {"object":"Account","fields":[{"name":"Segment__c","type":"picklist","length":255,
                  "values":["SMB","Enterprise"]}]}"""));
        apis.genesys("POST", "/api/v2/externalcontacts/organizations/schemas", SandboxApis.JSON.readTree(SCHEMA));
        accountDescribe = apis.salesforce("GET", "/services/data/v56.0/sobjects/Account/describe", null);
        organizationSchemas = apis.genesys("GET", "/api/v2/externalcontacts/organizations/schemas", null);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void anOrganizationMappingThatFitsAccountsAndOrganizationsHasNoProblem() throws IOException {
        FieldMapping mapping = load(ORGANIZATIONS);

        assertThat(mapping.object()).isEqualTo(MappedObject.ORGANIZATION);
        assertThat(MappingCheck.problems(mapping, accountDescribe, organizationSchemas)).isEmpty();
    }

    @Test
    void eachMisfitIsNamedAgainstAccountsAndOrganizations() throws IOException {
        FieldMapping mapping = load(ORGANIZATIONS
                .replace("genesysIdField: Genesys_Organization_ID__c", "genesysIdField: Genesys_Id__c")
                .replace("field: BillingCity", "field: MailingCity")
                .replace("path: industry", "path: title")
                .replace("schema: Organization sync fields", "schema: Contact sync fields"));

        assertThat(MappingCheck.problems(mapping, accountDescribe, organizationSchemas)).containsExactly(
                "salesforce.genesysIdField: Genesys_Id__c is not a field of Account",
                "genesys.schema: Genesys Cloud has no External Organization data schema named 'Contact sync fields'",
                "fields.industry.genesys.path: title is not a property of a Genesys Cloud external organization"
                        + " (address.address1, address.address2, address.city, address.countryCode,"
                        + " address.postalCode, address.state, companyType, faxNumber, industry, name, phoneNumber,"
                        + " websites, or customFields.<name>)",
                "fields.city.salesforce.field: MailingCity is not a field of Account");
    }

    @Test
    void theObjectIsContactsUnlessTheFileSaysOtherwiseAndAnUnknownOneIsNamed() throws IOException {
        assertThat(FieldMapping.defaults().object()).isEqualTo(MappedObject.CONTACT);
        assertThat(load("extends: " + write("organizations.yaml", ORGANIZATIONS) + "\nfields: { city: ~ }\n")
                .object()).as("an extending file keeps its base's object").isEqualTo(MappedObject.ORGANIZATION);
        assertThatThrownBy(() -> load(ORGANIZATIONS.replace("object: ORGANIZATION", "object: LEAD")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("object: 'LEAD' is not one of CONTACT | ORGANIZATION");
        assertThatThrownBy(() -> load(ORGANIZATIONS).requireObject(MappedObject.CONTACT, "SYNC_MAPPING_FILE"))
                .isInstanceOf(SettingsException.class)
                .hasMessage("SYNC_MAPPING_FILE names a mapping of object ORGANIZATION; it takes a mapping of CONTACT");
    }

    private FieldMapping load(String yaml) throws IOException {
        return FieldMapping.load(write("mapping-" + System.nanoTime() + ".yaml", yaml));
    }

    private String write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml).toString();
    }
}
