package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * The emulator's settings for behaviour the Genesys documentation leaves open (UNCONFIRMED in
 * saas-apis.md). The defaults are the documented best guesses.
 *
 * @param createStatus            status of a successful {@code POST /contacts} (200, or 201)
 * @param deleteStatus            status of a successful {@code DELETE /contacts/{id}} (204 without body, or 200 with {@code {}})
 * @param replaceOnUpdate         PUT replaces the whole contact (omitted fields cleared); false merges non-null fields
 * @param bulkMaxBatchSize        most entities one bulk call accepts; more is a 400
 * @param searchMaxPageSize       largest {@code pageSize} search accepts
 * @param searchResultCap         search refuses pages beyond {@code pageNumber * pageSize > cap}
 * @param nullNextUriOnLastPage   search's last page carries {@code "nextUri": null} instead of omitting it
 * @param invalidClientStatus     status of {@code /oauth/token} for bad client credentials (401 or 400)
 * @param address1MaxLength       longest {@code address.address1} accepted
 * @param enforceIfMatch          PUT with an {@code If-Match} header other than the contact's modifyDate gets 412
 * @param schemaVersionsAsListing {@code GET .../schemas/{id}/versions} answers a listing of every version
 *                                (the SDKs document a single DataSchema: false answers the latest version alone)
 * @param enforceSchemaVersion    a schema PUT must carry the current version, else 409
 * @param enforceFieldNameSuffix  a schema property's name must end in {@code _<core type>} of its {@code $ref}
 * @param missingOrganizationStatus status refusing a contact whose {@code externalOrganization} names no
 *                                organization (400 {@code invalid.property}, or 404 {@code not.found})
 * @param detachContactsOfDeletedOrganization deleting an organization clears the {@code externalOrganization} of
 *                                its contacts (moving their modifyDate); false leaves them naming the deleted one
 * @param organizationSearchByNameOnly organization search matches {@code q} in the name only; false also in the
 *                                company type, industry, websites, tags and phone numbers
 */
public record GenesysBehaviour(int createStatus, int deleteStatus, boolean replaceOnUpdate, int bulkMaxBatchSize,
                               int searchMaxPageSize, int searchResultCap, boolean nullNextUriOnLastPage,
                               int invalidClientStatus, int address1MaxLength, boolean enforceIfMatch,
                               boolean schemaVersionsAsListing, boolean enforceSchemaVersion,
                               boolean enforceFieldNameSuffix, int missingOrganizationStatus,
                               boolean detachContactsOfDeletedOrganization,
                               boolean organizationSearchByNameOnly) {

    private static final ObjectReader STRICT_READER = GenesysJson.MAPPER.readerFor(GenesysBehaviour.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public GenesysBehaviour {
        requireStatus("createStatus", createStatus, 200, 201);
        requireStatus("deleteStatus", deleteStatus, 200, 204);
        requireStatus("invalidClientStatus", invalidClientStatus, 400, 401);
        requireStatus("missingOrganizationStatus", missingOrganizationStatus, 400, 404);
        if (bulkMaxBatchSize < 1 || searchMaxPageSize < 1 || searchResultCap < 1 || address1MaxLength < 1) {
            throw new IllegalArgumentException(
                    "bulkMaxBatchSize, searchMaxPageSize, searchResultCap and address1MaxLength must be positive");
        }
    }

    public static GenesysBehaviour defaults() {
        return new GenesysBehaviour(200, 204, true, 100, 200, 1000, false, 401, 200, false, true, true, true, 400,
                true, true);
    }

    /**
     * These settings with the given ones changed, e.g. {@code {"createStatus":201}}.
     *
     * @throws IllegalArgumentException for an unknown setting or a bad value
     */
    public GenesysBehaviour with(JsonNode changes) {
        try {
            JsonNode merged = GenesysJson.MAPPER.<ObjectNode>valueToTree(this).setAll((ObjectNode) changes);
            return STRICT_READER.readValue(merged);
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("invalid Genesys emulator behaviour: " + e.getMessage(), e);
        }
    }

    private static void requireStatus(String name, int value, int first, int second) {
        if (value != first && value != second) {
            throw new IllegalArgumentException(name + " must be " + first + " or " + second + ", not " + value);
        }
    }
}
