package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** The handlers of the one-contact, search, scan and identifier-lookup endpoints. */
final class ContactHandlers {

    private final GenesysContactStore store;
    private final ContactOperations operations;
    private final Supplier<GenesysBehaviour> behaviour;
    private final Clock clock;

    ContactHandlers(GenesysContactStore store, ContactOperations operations, Supplier<GenesysBehaviour> behaviour,
                    Clock clock) {
        this.store = store;
        this.operations = operations;
        this.behaviour = behaviour;
        this.clock = clock;
    }

    void get(RoutingContext ctx) {
        GenesysJson.send(ctx, 200, operations.get(ctx.pathParam("id")));
    }

    void create(RoutingContext ctx) {
        GenesysJson.send(ctx, behaviour.get().createStatus(), operations.create(GenesysJson.body(ctx)));
    }

    void update(RoutingContext ctx) {
        GenesysJson.send(ctx, 200, operations.update(ctx.pathParam("id"), GenesysJson.body(ctx),
                ctx.request().getHeader("If-Match")));
    }

    void delete(RoutingContext ctx) {
        operations.delete(ctx.pathParam("id"));
        GenesysJson.sendDeleted(ctx, behaviour.get());
    }

    void search(RoutingContext ctx) {
        GenesysBehaviour b = behaviour.get();
        SearchRequest request = SearchRequest.parse(ctx.queryParams(), b);
        ContactListing listing = ContactListing.of(request, ContactSearch.search(store.all(), request));
        if (listing.nextUri() == null && b.nullNextUriOnLastPage()) {
            GenesysJson.send(ctx, 200, GenesysJson.MAPPER.<ObjectNode>valueToTree(listing).putNull("nextUri"));
        } else {
            GenesysJson.send(ctx, 200, listing);
        }
    }

    void scan(RoutingContext ctx) {
        GenesysJson.send(ctx, 200, CursorListing.page(CursorListing.CONTACTS_PATH, ctx.queryParams(), store.byId(),
                clock.instant()));
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
