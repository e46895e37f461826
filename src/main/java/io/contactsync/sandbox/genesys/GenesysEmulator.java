package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.contactsync.model.Side;
import io.contactsync.sandbox.DemoCompanies;
import io.contactsync.sandbox.DemoPeople;
import io.contactsync.sandbox.Emulator;
import io.contactsync.sandbox.EmulatorContext;
import io.contactsync.sandbox.ErrorResponder;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.sandbox.SeedCompany;
import io.contactsync.sandbox.SeedPerson;
import io.contactsync.sandbox.SeedRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Genesys Cloud's client-credentials login ({@code POST /oauth/token}) and External Contacts API
 * ({@code /api/v2/externalcontacts/...}: contacts, their notes, external organizations and the data schemas of
 * both), faithful enough for the official Java SDK. Behaviour the
 * documentation leaves open is set through {@link #setBehaviour(GenesysBehaviour)} or
 * {@code POST /__sandbox/behaviour}.
 */
public final class GenesysEmulator implements Emulator {

    private final EmulatorContext context;
    private final SandboxSettings.Genesys settings;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final GenesysRecordStore<ContactFields, ExternalContact> contacts;
    private final GenesysRecordStore<OrganizationFields, ExternalOrganization> organizations;
    private final SchemaStore schemas = new SchemaStore();
    private final SchemaStore organizationSchemas = new SchemaStore();
    private final NoteStore notes = new NoteStore();
    private final GenesysTokenStore tokens;
    private final GenesysErrors errors = new GenesysErrors();
    private final SchemaHandlers schemaHandlers;
    private final AtomicReference<GenesysBehaviour> behaviour = new AtomicReference<>(GenesysBehaviour.defaults());
    private final OrganizationLinks links;

    public GenesysEmulator(EmulatorContext context, SandboxSettings.Genesys settings) {
        this.context = context;
        this.settings = settings;
        this.contacts = new GenesysRecordStore<>(context.clock(), ExternalContact::new);
        this.organizations = new GenesysRecordStore<>(context.clock(), ExternalOrganization::new);
        this.tokens = new GenesysTokenStore(context.clock());
        this.schemaHandlers = new SchemaHandlers(DataSchema.CONTACTS_PATH, "CONTACT", schemas, behaviour::get,
                context.clock());
        this.links = new OrganizationLinks(contacts, organizations, behaviour::get);
        schemaHandlers.seedSandboxSchema();
    }

    @Override
    public String name() {
        return "Genesys";
    }

    @Override
    public void mountApi(Router router, String baseUrl) {
        RecordOperations<ContactFields, ExternalContact> contactOperations = new RecordOperations<>(
                new RecordOperations.Kind<>("contact", ContactFields.class, ContactValidator::validate,
                        links::requireOrganization),
                contacts, schemas, notes::deleteOf, behaviour::get);
        RecordOperations<OrganizationFields, ExternalOrganization> organizationOperations = new RecordOperations<>(
                new RecordOperations.Kind<>("organization", OrganizationFields.class, OrganizationValidator::validate,
                        (organization, current) -> { }),
                organizations, organizationSchemas, links::organizationDeleted, behaviour::get);
        RecordHandlers<ContactFields, ExternalContact> contactHandlers = new RecordHandlers<>(contactOperations,
                contacts, ExternalContact.PATH, CursorListing.CONTACTS_PATH, b -> SearchScope.CONTACTS, links::render,
                behaviour::get, context.clock());
        RecordHandlers<OrganizationFields, ExternalOrganization> organizationHandlers = new RecordHandlers<>(
                organizationOperations, organizations, ExternalOrganization.PATH, CursorListing.ORGANIZATIONS_PATH,
                SearchScope::organizations, (organization, expand) -> organization, behaviour::get, context.clock());
        new GenesysRoutes(
                new OAuthTokenHandler(settings, tokens, context.rateLimiter(), errors, behaviour::get),
                new ApiGuard(tokens, context.rateLimiter(), errors),
                new GenesysRoutes.RecordEndpoints(ExternalContact.PATH, CursorListing.CONTACTS_PATH,
                        "/api/v2/externalcontacts/bulk/contacts", DataSchema.CONTACTS_PATH, contactHandlers,
                        new BulkHandlers(contactOperations, behaviour::get), schemaHandlers),
                new GenesysRoutes.RecordEndpoints(ExternalOrganization.PATH, CursorListing.ORGANIZATIONS_PATH,
                        "/api/v2/externalcontacts/bulk/organizations", DataSchema.ORGANIZATIONS_PATH,
                        organizationHandlers, new BulkHandlers(organizationOperations, behaviour::get),
                        new SchemaHandlers(DataSchema.ORGANIZATIONS_PATH, "EXTERNAL_ORGANIZATION",
                                organizationSchemas, behaviour::get, context.clock())),
                new ContactHandlers(contacts, contactHandlers, organizations, links),
                new NoteHandlers(contacts, notes, behaviour::get, context.clock()),
                errors).mount(router);
    }

    @Override
    public void reset() {
        contacts.clear();
        organizations.clear();
        schemas.clear();
        organizationSchemas.clear();
        schemaHandlers.seedSandboxSchema();
        notes.clear();
        tokens.expireAll();
    }

    /**
     * Maps demo person i to a Curated contact with work phone, cell phone (the mobile), work email, title
     * and address.
     */
    @Override
    public int seed(SeedRequest request) {
        if (!request.append()) {
            contacts.clear();
            organizations.clear();
        }
        // the companies as organizations, and the people working for one attached to it, as the Salesforce
        // emulator attaches them to its Accounts for the same request
        List<String> organizationIds = IntStream.range(0, request.companies())
                .mapToObj(i -> organizations.create(toOrganization(DemoCompanies.company(request, i))).id())
                .toList();
        List<ContactFields> people = IntStream.range(0, request.count()).parallel()
                .mapToObj(i -> {
                    ContactFields person = toContact(DemoPeople.person(request, i, Side.GENESYS));
                    OptionalInt employer = DemoCompanies.employer(request, i);
                    return employer.isEmpty() ? person : person.withExternalOrganization(
                            new ExternalOrganizationRef(organizationIds.get(employer.getAsInt())));
                })
                .toList();
        contacts.createAll(people);
        return contacts.size();
    }

    @Override
    public void expireAllTokens() {
        tokens.expireAll();
    }

    @Override
    public ErrorResponder errors() {
        return errors;
    }

    public GenesysBehaviour currentBehaviour() {
        return behaviour.get();
    }

    public void setBehaviour(GenesysBehaviour newBehaviour) {
        behaviour.set(newBehaviour);
    }

    @Override
    public JsonObject behaviour() {
        return new JsonObject(GenesysJson.MAPPER.<Map<String, Object>>convertValue(behaviour.get(), MAP));
    }

    /** Changes some settings, e.g. {@code {"createStatus":201}}; see {@link GenesysBehaviour}. */
    @Override
    public JsonObject changeBehaviour(JsonObject changes) {
        JsonNode json = GenesysJson.MAPPER.valueToTree(changes.getMap());
        behaviour.updateAndGet(current -> current.with(json));
        return behaviour();
    }

    private static OrganizationFields toOrganization(SeedCompany company) {
        return new OrganizationFields(company.name(), "Customer", company.industry(), null,
                new ContactAddress(company.street(), null, company.city(), company.state(), company.postalCode(),
                        company.country()),
                PhoneNormaliser.normalise(PhoneNumber.typed(company.phone())), null, null, null, null,
                List.of(company.website()), null, null, null, null, null);
    }

    private static ContactFields toContact(SeedPerson p) {
        return new ContactFields(p.firstName(), null, p.lastName(), null, p.title(),
                PhoneNormaliser.normalise(PhoneNumber.typed(p.workPhone())),
                p.mobilePhone() == null ? null : PhoneNormaliser.normalise(PhoneNumber.typed(p.mobilePhone())),
                null, null, p.email(), null, null,
                new ContactAddress(p.street(), null, p.city(), p.state(), p.postalCode(), p.country()),
                null, null, null, null, null, null, null, null, null, ContactValidator.DEFAULT_TYPE);
    }
}
