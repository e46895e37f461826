package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.sandbox.EmulatorContext;
import io.contactsync.sandbox.EmulatorServer;
import io.contactsync.sandbox.SandboxSettings;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The Salesforce emulator on a free port, with a small HTTP client for tests. */
final class SalesforceTestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String API = "/services/data/v56.0";

    final SandboxSettings.Salesforce settings;
    final Vertx vertx = Vertx.vertx();
    final SalesforceEmulator emulator;
    final EmulatorServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SalesforceTestServer(Clock clock) {
        this(clock, SandboxSettings.defaults().salesforce());
    }

    SalesforceTestServer(Clock clock, SandboxSettings.Salesforce settings) {
        this.settings = settings;
        EmulatorContext context = EmulatorContext.create(clock);
        emulator = new SalesforceEmulator(context, settings);
        server = EmulatorServer.start(vertx, emulator, context, "localhost", 0);
    }

    SalesforceTestServer() {
        this(Clock.systemUTC());
    }

    record Response(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Response token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri("/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in with the password grant and returns the access token. */
    String login(String username) {
        Response response = token(Map.of("grant_type", "password", "client_id", settings.clientId(),
                "client_secret", settings.clientSecret(), "username", username, "password", settings.password()));
        if (response.status() != 200) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        return response.json().get("access_token").asText();
    }

    String login() {
        return login(settings.username());
    }

    Response call(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Response get(String path, String token, String... headers) {
        return call("GET", path, token, null, headers);
    }

    Response query(String soql, String token, String... headers) {
        return get(API + "/query/?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8), token, headers);
    }

    /** Creates a contact and returns its id. */
    String create(String token, String json) {
        Response response = call("POST", API + "/sobjects/Contact", token, json);
        if (response.status() != 201) {
            throw new IllegalStateException("create failed: " + response.body());
        }
        return response.json().get("id").asText();
    }

    JsonNode contact(String token, String id) {
        return get(API + "/sobjects/Contact/" + id, token).json();
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    @Override
    public void close() {
        server.close();
        vertx.close();
    }
}
