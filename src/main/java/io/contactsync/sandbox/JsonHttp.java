package io.contactsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One JSON call to an emulator, as any HTTP client makes it: a String body is sent as a form, any other body
 * as JSON; an error status is an exception naming the call, and a refused bearer token is {@link Unauthorized}
 * so the caller can log in again. Used by the benchmark and by the tests that act on both systems.
 */
public final class JsonHttp {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** A bearer token the emulator no longer accepts (expired, or all tokens expired by a fault). */
    public static final class Unauthorized extends IllegalStateException {
        Unauthorized(String message) {
            super(message);
        }
    }

    /** An access token of a Salesforce emulator user, by the password grant. */
    public String salesforceToken(String baseUrl, SandboxSettings.Salesforce app, String username) {
        return call("POST", baseUrl + "/services/oauth2/token", null, "grant_type=password&client_id="
                + encode(app.clientId()) + "&client_secret=" + encode(app.clientSecret()) + "&username="
                + encode(username) + "&password=" + encode(app.password())).path("access_token").asText();
    }

    /** An access token of the Genesys Cloud emulator, by the client-credentials grant. */
    public String genesysToken(String baseUrl, SandboxSettings.Genesys client) {
        String basic = Base64.getEncoder().encodeToString((client.clientId() + ":" + client.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        return call("POST", baseUrl + "/oauth/token", "Basic " + basic, "grant_type=client_credentials")
                .path("access_token").asText();
    }

    /** Every record of a Salesforce query, from its first page on, following {@code nextRecordsUrl}. */
    public static List<JsonNode> allQueryRecords(JsonNode firstPage, Function<String, JsonNode> getPath) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode page = firstPage; ; page = getPath.apply(page.path("nextRecordsUrl").asText())) {
            page.path("records").forEach(records::add);
            if (page.path("done").asBoolean(true)) {
                return records;
            }
        }
    }

    /** Every Genesys Cloud contact, by the cursor scan at its largest page size. */
    public static List<JsonNode> scanGenesysContacts(Function<String, JsonNode> getPath) {
        List<JsonNode> contacts = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = getPath.apply("/api/v2/externalcontacts/scan/contacts?limit=200"
                    + (cursor == null ? "" : "&cursor=" + encode(cursor)));
            page.path("entities").forEach(contacts::add);
            cursor = page.path("cursors").path("after").asText(null);
        } while (cursor != null && !cursor.isBlank());
        return contacts;
    }

    public JsonNode call(String method, String url, String authorization, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (body instanceof String form) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
                request.method(method, HttpRequest.BodyPublishers.ofString(form));
            } else if (body != null) {
                request.header("Content-Type", "application/json");
                request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 && authorization != null && authorization.startsWith("Bearer ")) {
                throw new Unauthorized(method + " " + url + " answered 401: " + response.body());
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            String text = response.body();
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + url, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
