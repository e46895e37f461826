package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * The contact endpoints beyond those every record kind has ({@link RecordHandlers}): identifier lookup, and an
 * organization's contacts.
 */
final class ContactHandlers {

    private final GenesysRecordStore<ContactFields, ExternalContact> store;
    private final RecordHandlers<ContactFields, ExternalContact> records;
    private final GenesysRecordStore<OrganizationFields, ExternalOrganization> organizations;
    private final OrganizationLinks links;

    ContactHandlers(GenesysRecordStore<ContactFields, ExternalContact> store,
                    RecordHandlers<ContactFields, ExternalContact> records,
                    GenesysRecordStore<OrganizationFields, ExternalOrganization> organizations,
                    OrganizationLinks links) {
        this.store = store;
        this.records = records;
        this.organizations = organizations;
        this.links = links;
    }

    /** {@code GET /organizations/{id}/contacts}: a search among the contacts that name the organization. */
    void ofOrganization(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (organizations.get(id).isEmpty()) {
            throw EmulatedGenesysError.notFound("organization", id);
        }
        records.searchAmong(ctx, ExternalOrganization.PATH + "/" + id + "/contacts", links.contactsOf(id));
    }

    /** {@code {"type":"Phone","value":"+13175550142"}} or {@code {"type":"Email","value":"..."}}. */
    void identifierLookup(RoutingContext ctx) {
        JsonNode body = GenesysJson.body(ctx);
        String type = body.path("type").asText("");
        String value = body.path("value").asText("").trim();
        if (value.isEmpty()) {
            throw EmulatedGenesysError.badRequest("value is required.");
        }
        Optional<ExternalContact> found = switch (type) {
            case "Phone" -> {
                if (!PhoneNormaliser.isE164(value)) {
                    throw EmulatedGenesysError.badRequest("A Phone identifier value must be in E.164 format, "
                            + "e.g. +13175550142, not '" + value + "'.");
                }
                yield store.all().stream().filter(c -> hasPhone(c.fields(), value)).findFirst();
            }
            case "Email" -> store.all().stream().filter(c -> hasEmail(c.fields(), value)).findFirst();
            case "SocialLine", "SocialFacebook", "SocialTwitter", "SocialWhatsapp", "SocialInstagram", "Cookie",
                 "ExternalId" -> Optional.empty();
            default -> throw EmulatedGenesysError.badRequest("type must be Phone, Email, SocialLine, "
                    + "SocialFacebook, SocialTwitter, SocialWhatsapp, SocialInstagram, Cookie or ExternalId, not '"
                    + type + "'.");
        };
        GenesysJson.send(ctx, 200, found.orElseThrow(() -> new EmulatedGenesysError(404, "not.found",
                "No contact has the " + type + " identifier " + value + ".")));
    }

    private static boolean hasPhone(ContactFields f, String e164) {
        return f.phones().stream().anyMatch(p -> e164.equals(p.e164()));
    }

    private static boolean hasEmail(ContactFields f, String email) {
        return f.emails().stream().anyMatch(email::equalsIgnoreCase);
    }
}
