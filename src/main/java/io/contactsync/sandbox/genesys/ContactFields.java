package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The client-writable part of an ExternalContact. Unknown and server-set fields in a request body are
 * ignored when it is read into this record; social ids are kept as sent, the schema as its {@code id} and
 * {@code version}, and the custom fields as validated against that schema.
 */
public record ContactFields(String firstName, String middleName, String lastName, String salutation, String title,
                            PhoneNumber workPhone, PhoneNumber cellPhone, PhoneNumber homePhone,
                            PhoneNumber otherPhone, String workEmail, String personalEmail, String otherEmail,
                            ContactAddress address, JsonNode twitterId, JsonNode lineId, JsonNode whatsAppId,
                            JsonNode facebookId, ExternalOrganizationRef externalOrganization, Boolean surveyOptOut,
                            String externalSystemUrl, JsonNode schema, JsonNode customFields, String type)
        implements CustomFieldHolder<ContactFields> {

    @Override
    public ContactFields withCustomFields(JsonNode newSchema, JsonNode newCustomFields) {
        return new ContactFields(firstName, middleName, lastName, salutation, title, workPhone, cellPhone, homePhone,
                otherPhone, workEmail, personalEmail, otherEmail, address, twitterId, lineId, whatsAppId, facebookId,
                externalOrganization, surveyOptOut, externalSystemUrl, newSchema, newCustomFields, type);
    }

    /** These fields with the given organization reference (null: none). */
    public ContactFields withExternalOrganization(ExternalOrganizationRef organization) {
        return new ContactFields(firstName, middleName, lastName, salutation, title, workPhone, cellPhone, homePhone,
                otherPhone, workEmail, personalEmail, otherEmail, address, twitterId, lineId, whatsAppId, facebookId,
                organization, surveyOptOut, externalSystemUrl, schema, customFields, type);
    }

    /** The phones that are set, work phone first. */
    @JsonIgnore
    public List<PhoneNumber> phones() {
        return Stream.of(workPhone, cellPhone, homePhone, otherPhone).filter(Objects::nonNull).toList();
    }

    /** The email addresses that are set, work email first. */
    @JsonIgnore
    public List<String> emails() {
        return Stream.of(workEmail, personalEmail, otherEmail).filter(Objects::nonNull).toList();
    }
}
