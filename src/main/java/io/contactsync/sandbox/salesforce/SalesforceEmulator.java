package io.contactsync.sandbox.salesforce;

import io.contactsync.sandbox.Emulator;
import io.contactsync.sandbox.EmulatorContext;
import io.contactsync.sandbox.ErrorResponder;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.sandbox.SeedRequest;
import io.vertx.ext.web.Router;

/** Placeholder until the Salesforce API is emulated: serves no API routes yet. */
public final class SalesforceEmulator implements Emulator {

    private final EmulatorContext context;
    private final SandboxSettings.Salesforce settings;

    public SalesforceEmulator(EmulatorContext context, SandboxSettings.Salesforce settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "Salesforce";
    }

    @Override
    public void mountApi(Router router, String baseUrl) {
    }

    @Override
    public void reset() {
    }

    @Override
    public int seed(SeedRequest request) {
        return 0;
    }

    @Override
    public void expireAllTokens() {
    }

    @Override
    public ErrorResponder errors() {
        return (ctx, status, code, message, retryAfter) -> ctx.response().setStatusCode(status).end();
    }
}
