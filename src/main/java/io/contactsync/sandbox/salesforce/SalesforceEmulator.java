package io.contactsync.sandbox.salesforce;

import io.contactsync.model.Side;
import io.contactsync.sandbox.DemoCompanies;
import io.contactsync.sandbox.DemoPeople;
import io.contactsync.sandbox.Emulator;
import io.contactsync.sandbox.EmulatorContext;
import io.contactsync.sandbox.ErrorResponder;
import io.contactsync.sandbox.RequestBodies;
import io.contactsync.sandbox.SeedCompany;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.sandbox.SeedPerson;
import io.contactsync.sandbox.SeedRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A faithful local Salesforce REST API for Contact and Account, good enough for camel-salesforce 4.18
 * unchanged: OAuth on the same port as the instance, custom fields and describe, SOQL queries with paging and
 * the Contact's Account lookup, sObject CRUD and upsert, sObject Collections, replication resources, limits,
 * and Salesforce's error shapes. See docs/sandbox-salesforce.md.
 */
public final class SalesforceEmulator implements Emulator {

    /** The second demo user (same password as the integration user), for edits "by a human". */
    public static final String EDITOR_USERNAME = DemoOrg.EDITOR_USERNAME;

    private static final int BODY_LIMIT_BYTES = 20 * 1024 * 1024;

    private final EmulatorContext context;
    private final DemoOrg org;
    private final SalesforceRecordStore store;
    private final SalesforceSchema schema;
    private final SalesforceTokenStore tokens;
    private final QueryCursors cursors;
    private final DailyApiUsage usage;
    private final SalesforceErrorResponder errors;

    public SalesforceEmulator(EmulatorContext context, SandboxSettings.Salesforce settings) {
        this.context = context;
        this.org = new DemoOrg(settings);
        this.store = new SalesforceRecordStore(context.clock());
        this.schema = new SalesforceSchema(configuredFields(settings.customFields()));
        this.tokens = new SalesforceTokenStore(context.clock(), settings.tokenLifetime(), org.orgId());
        this.cursors = new QueryCursors(context.clock());
        this.usage = new DailyApiUsage(settings.dailyApiRequests());
        this.errors = new SalesforceErrorResponder(usage);
    }

    private static List<CustomFieldDeclaration> configuredFields(String declaration) {
        if (declaration.isBlank()) {
            return List.of();
        }
        try {
            return List.of(CustomFieldDeclaration.read(new JsonObject(declaration)));
        } catch (DecodeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("SANDBOX_SALESFORCE_FIELDS must be a POST /__sandbox/fields body: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "Salesforce";
    }

    @Override
    public void mountApi(Router router, String baseUrl) {
        router.route("/services/*").handler(RequestBodies.upTo(BODY_LIMIT_BYTES));
        ApiRouter api = new ApiRouter(router, new ApiGate(tokens, usage, context.rateLimiter()));
        new OAuthRoutes(org, tokens, baseUrl).mount(api);
        new OrgInfoRoutes(usage).mount(api);
        new QueryRoutes(store, cursors, schema).mount(api);
        new DescribeRoutes(schema).mount(api);
        new SObjectRoutes(store, schema, context.clock()).mount(api);
        new CompositeRoutes(store, schema).mount(api);
        router.route("/services/*").setName("/services/* (no such resource)")
                .handler(ctx -> SalesforceJson.errors(ctx, 404, ApiException.notFound().errors()));
    }

    @Override
    public void reset() {
        store.clear();
        schema.reset();
        tokens.clear();
        cursors.clear();
        usage.reset();
    }

    @Override
    public int seed(SeedRequest request) {
        if (!request.append()) {
            store.clear();
            cursors.clear();
        }
        List<Map<SalesforceField, Object>> accounts = new ArrayList<>(request.companies());
        for (int i = 0; i < request.companies(); i++) {
            accounts.add(account(DemoCompanies.company(request, i)));
        }
        List<String> accountIds = store.load(EmulatedSObject.ACCOUNT, accounts, org.editor().userId());
        List<Map<SalesforceField, Object>> contacts = new ArrayList<>(request.count());
        for (int i = 0; i < request.count(); i++) {
            Map<SalesforceField, Object> contact = contact(DemoPeople.person(request, i, Side.SALESFORCE));
            DemoCompanies.employer(request, i).ifPresent(company ->
                    contact.put(SalesforceContactField.ACCOUNT_ID, accountIds.get(company)));
            contacts.add(contact);
        }
        store.load(EmulatedSObject.CONTACT, contacts, org.editor().userId());
        return store.liveCount(EmulatedSObject.CONTACT);
    }

    /** A demo company as an Account: address as Billing*. */
    static Map<SalesforceField, Object> account(SeedCompany company) {
        Map<SalesforceField, Object> values = new LinkedHashMap<>();
        values.put(SalesforceAccountField.NAME, company.name());
        values.put(SalesforceAccountField.PHONE, company.phone());
        values.put(SalesforceAccountField.WEBSITE, company.website());
        values.put(SalesforceAccountField.INDUSTRY, company.industry());
        values.put(SalesforceAccountField.BILLING_STREET, company.street());
        values.put(SalesforceAccountField.BILLING_CITY, company.city());
        values.put(SalesforceAccountField.BILLING_STATE, company.state());
        values.put(SalesforceAccountField.BILLING_POSTAL_CODE, company.postalCode());
        values.put(SalesforceAccountField.BILLING_COUNTRY, company.country());
        return values;
    }

    /** A demo person as a Contact: work phone as Phone, address as Mailing*. */
    static Map<SalesforceField, Object> contact(SeedPerson person) {
        Map<SalesforceField, Object> values = new LinkedHashMap<>();
        values.put(SalesforceContactField.FIRST_NAME, person.firstName());
        values.put(SalesforceContactField.LAST_NAME, person.lastName());
        values.put(SalesforceContactField.EMAIL, person.email());
        values.put(SalesforceContactField.TITLE, person.title());
        values.put(SalesforceContactField.PHONE, person.workPhone());
        values.put(SalesforceContactField.MOBILE_PHONE, person.mobilePhone());
        values.put(SalesforceContactField.MAILING_STREET, person.street());
        values.put(SalesforceContactField.MAILING_CITY, person.city());
        values.put(SalesforceContactField.MAILING_STATE, person.state());
        values.put(SalesforceContactField.MAILING_POSTAL_CODE, person.postalCode());
        values.put(SalesforceContactField.MAILING_COUNTRY, person.country());
        return values;
    }

    @Override
    public JsonObject declareFields(JsonObject declaration) {
        CustomFieldDeclaration declared = CustomFieldDeclaration.read(declaration);
        schema.declare(declared);
        return new JsonObject().put("object", declared.sObject().apiName())
                .put("fields", new JsonArray(declared.fields().stream().map(SalesforceField::apiName).toList()));
    }

    @Override
    public void expireAllTokens() {
        tokens.expireAll();
    }

    @Override
    public ErrorResponder errors() {
        return errors;
    }

    /** The 18-character id of the emulated org. */
    public String orgId() {
        return org.orgId();
    }

    /** The user id of the integration user ({@code SandboxSettings.Salesforce.username}). */
    public String integrationUserId() {
        return org.integrationUser().userId();
    }

    /** The user id of {@link #EDITOR_USERNAME}; seeded contacts are created by this user. */
    public String editorUserId() {
        return org.editor().userId();
    }

    /** Changes the org's DailyApiRequests maximum; requests beyond it get 403 REQUEST_LIMIT_EXCEEDED. */
    public void setDailyApiLimit(int max) {
        usage.setMax(max);
    }

    /** How many contacts are live (not in the recycle bin). */
    public int contactCount() {
        return store.liveCount(EmulatedSObject.CONTACT);
    }

    /** How many accounts are live (not in the recycle bin). */
    public int accountCount() {
        return store.liveCount(EmulatedSObject.ACCOUNT);
    }
}
