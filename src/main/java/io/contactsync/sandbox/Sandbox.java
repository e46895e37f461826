package io.contactsync.sandbox;

import io.contactsync.sandbox.genesys.GenesysEmulator;
import io.contactsync.sandbox.salesforce.SalesforceEmulator;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Both emulators, each on its own port: what {@code java -jar contact-sync.jar sandbox} runs, what the
 * embedded default starts when no credentials are configured, and what the tests run against.
 */
public final class Sandbox implements AutoCloseable {

    private final Vertx vertx;
    private final SandboxSettings settings;
    private final EmulatorServer salesforce;
    private final EmulatorServer genesys;

    private Sandbox(Vertx vertx, SandboxSettings settings, EmulatorServer salesforce, EmulatorServer genesys) {
        this.vertx = vertx;
        this.settings = settings;
        this.salesforce = salesforce;
        this.genesys = genesys;
    }

    public static Sandbox start(SandboxSettings settings) {
        return start(settings, Clock.systemUTC());
    }

    public static Sandbox start(SandboxSettings settings, Clock clock) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setWorkerPoolSize(8));
        try {
            EmulatorContext salesforceContext = EmulatorContext.create(clock);
            EmulatorServer salesforce = EmulatorServer.start(vertx,
                    new SalesforceEmulator(salesforceContext, settings.salesforce()), salesforceContext,
                    settings.host(), settings.salesforcePort());
            EmulatorContext genesysContext = EmulatorContext.create(clock);
            EmulatorServer genesys = EmulatorServer.start(vertx,
                    new GenesysEmulator(genesysContext, settings.genesys()), genesysContext,
                    settings.host(), settings.genesysPort());
            return new Sandbox(vertx, settings, salesforce, genesys);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    public EmulatorServer salesforce() {
        return salesforce;
    }

    public EmulatorServer genesys() {
        return genesys;
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** One line per emulator: its base URL and demo credentials. */
    public List<String> banner() {
        SandboxSettings.Salesforce sf = settings.salesforce();
        SandboxSettings.Genesys gc = settings.genesys();
        return List.of(
                "Salesforce emulator:    " + salesforce.baseUrl() + "  (login and instance; client id " + sf.clientId()
                        + ", client secret " + sf.clientSecret() + ", username " + sf.username() + ", password "
                        + sf.password() + ")",
                "Genesys Cloud emulator: " + genesys.baseUrl() + "  (/oauth/token and /api/v2; client id "
                        + gc.clientId() + ", client secret " + gc.clientSecret() + ")");
    }

    @Override
    public void close() {
        salesforce.close();
        genesys.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // best effort on shutdown
        }
    }
}
