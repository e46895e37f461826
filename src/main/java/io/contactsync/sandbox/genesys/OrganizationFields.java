package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The client-writable part of an ExternalOrganization. Unknown and server-set fields in a request body are
 * ignored when it is read into this record ({@code trustor} is set through the trustor endpoints, which the
 * emulator lacks; {@code externalDataSources} only by Genesys' own integrations); the schema is kept as its
 * {@code id} and {@code version}, and the custom fields as validated against that schema.
 */
public record OrganizationFields(String name, String companyType, String industry, String primaryContactId,
                                 ContactAddress address, PhoneNumber phoneNumber, PhoneNumber faxNumber,
                                 Long employeeCount, Long revenue, List<String> tags, List<String> websites,
                                 List<Ticker> tickers, JsonNode twitterId, String externalSystemUrl,
                                 JsonNode schema, JsonNode customFields)
        implements CustomFieldHolder<OrganizationFields> {

    @Override
    public OrganizationFields withCustomFields(JsonNode newSchema, JsonNode newCustomFields) {
        return new OrganizationFields(name, companyType, industry, primaryContactId, address, phoneNumber, faxNumber,
                employeeCount, revenue, tags, websites, tickers, twitterId, externalSystemUrl, newSchema,
                newCustomFields);
    }
}
