package io.contactsync.sandbox.genesys;

import io.contactsync.testing.PlainHttp;
import io.contactsync.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.ExternalContactsApi;
import io.contactsync.sandbox.EmulatorContext;
import io.contactsync.sandbox.EmulatorServer;
import io.contactsync.sandbox.SandboxSettings;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The Genesys emulator on a free port with a hand-moved clock, plus the HTTP and SDK clients the tests use.
 */
final class GenesysFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2024-01-01T12:34:56.789Z");

    final MutableClock clock = new MutableClock(START);
    final SandboxSettings.Genesys settings = SandboxSettings.defaults().genesys();
    final EmulatorContext context = EmulatorContext.create(clock);
    final GenesysEmulator emulator = new GenesysEmulator(context, settings);
    final HttpClient http = PlainHttp.client();
    private final Vertx vertx = Vertx.vertx();
    final EmulatorServer server = EmulatorServer.start(vertx, emulator, context, "localhost", 0);

    /** Back to the start time and an empty emulator with default behaviour, no faults, no limit, zeroed stats. */
    void reset() {
        clock.set(START);
        emulator.reset();
        emulator.setBehaviour(GenesysBehaviour.defaults());
        context.faults().clear();
        context.rateLimiter().setRequestsPerMinute(0);
        context.stats().reset();
    }

    String token() {
        HttpResponse<String> response = tokenRequest(settings.clientId(), settings.clientSecret(),
                "grant_type=client_credentials");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    HttpResponse<String> tokenRequest(String clientId, String secret, String form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/oauth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** An API call with the given bearer token; body may be null. */
    HttpResponse<String> call(String method, String path, String body, String token) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ExternalContactsApi sdk(String token) {
        ApiClient client = ApiClient.Builder.standard().withBasePath(server.baseUrl()).withAccessToken(token)
                .withAutoReloadConfig(false).build();
        return new ExternalContactsApi(client);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return GenesysJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        vertx.close();
    }
}
