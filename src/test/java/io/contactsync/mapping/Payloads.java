package io.contactsync.mapping;

import java.util.Optional;

/** Realistic payloads from both APIs. */
final class Payloads {

    static final String SALESFORCE_ADA = """
            {"attributes":{"type":"Contact","url":"/services/data/v56.0/sobjects/Contact/003Dn00000ABCdEIAX"},
             "Id":"003Dn00000ABCdEIAX","AccountId":"001Dn00000XYZabIAA","SystemModstamp":"2024-01-02T08:30:00.000+0000",
             "LastModifiedById":"005Dn000001SwiUAAS","IsDeleted":false,
             "External_Genesys_ID__c":"6b9a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
             "FirstName":"Ada","LastName":"Lovelace","Title":" Analyst ","Email":"Ada.Lovelace@Example.com",
             "Phone":"(317) 555-1212","MobilePhone":"317-555-1313 ext. 7","HomePhone":null,"OtherPhone":"",
             "MailingStreet":"10 Main St\\r\\nSuite 4","MailingCity":"Indianapolis","MailingState":"IN",
             "MailingPostalCode":"46204","MailingCountry":"US","Account":{"Name":"Analytical Engines"}}
            """;

    static final String GENESYS_ADA = """
            {"id":"6b9a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b","firstName":"Ada","lastName":"Lovelace",
             "title":"Analyst","workEmail":"ada.lovelace@example.com",
             "workPhone":{"display":"+1 317-555-1212","e164":"+13175551212","countryCode":"US","acceptsSMS":false},
             "cellPhone":{"display":"+1 317-555-1313","e164":"+13175551313","extension":7,"acceptsSMS":true},
             "address":{"address1":"10 Main St\\nSuite 4","address2":"Floor 2","city":"Indianapolis","state":"IN",
                        "postalCode":"46204","countryCode":"US"},
             "externalSystemUrl":"https://acme.my.salesforce.com/lightning/r/Contact/003Dn00000ABCdEIAX/view",
             "externalOrganization":{"id":"a1b2","selfUri":"/api/v2/externalcontacts/organizations/a1b2"},
             "customFields":{"tier_text":"gold"},"schema":{"id":"s-1","version":3},"surveyOptOut":true,
             "type":"Curated","createDate":"2023-06-01T09:00:00.000Z","modifyDate":"2024-01-02T08:31:00.123Z",
             "selfUri":"/api/v2/externalcontacts/contacts/6b9a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"}
            """;

    /** Ada's company, linked: the Account and the external organization stand for each other. */
    static final OrganizationIds ORGANIZATIONS = new OrganizationIds() {
        @Override
        public Optional<String> salesforceId(String genesysOrganizationId) {
            return Optional.of("001Dn00000XYZabIAA").filter(id -> genesysOrganizationId.equals("a1b2"));
        }

        @Override
        public Optional<String> genesysId(String salesforceAccountId) {
            return Optional.of("a1b2").filter(id -> salesforceAccountId.equals("001Dn00000XYZabIAA"));
        }

        @Override
        public boolean unlinkedReadsAsNone() {
            return false;
        }
    };

    private Payloads() {
    }
}
