package io.contactsync.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.model.ApiCallListener;
import io.contactsync.model.Side;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Holds the Genesys Cloud access token of the client-credentials grant: fetched on first use, reused until
 * shortly before its {@code expires_in}, and fetched again once when the API answers 401 with it.
 */
public final class GenesysTokenManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenUrl;
    private final String basicCredentials;
    private final HttpClient http;
    private final Clock clock;
    private final Duration refreshMargin;

    private volatile ApiCallListener calls = ApiCallListener.IGNORED;
    private String accessToken;
    private Instant refreshAt = Instant.MIN;
    private long tokensFetched;

    public GenesysTokenManager(URI tokenUrl, String clientId, String clientSecret, HttpClient http, Clock clock,
                               Duration refreshMargin) {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("Genesys Cloud client id and client secret are required");
        }
        this.tokenUrl = tokenUrl;
        this.basicCredentials = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        this.http = http;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    /** The {@code Authorization} header value to send, fetching a token when none is valid. */
    public synchronized String authorization() {
        if (accessToken == null || !clock.instant().isBefore(refreshAt)) {
            fetch();
        }
        return "Bearer " + accessToken;
    }

    /**
     * Drops the token the API refused with 401, so the next {@link #authorization()} fetches a new one.
     * A refusal of an older token (another caller already refreshed) keeps the current one.
     */
    public synchronized void rejected(String authorization) {
        if (accessToken != null && ("Bearer " + accessToken).equals(authorization)) {
            accessToken = null;
        }
    }

    /** Reports each token request from now on: the monitor counts the logins with the other calls. */
    public void reportCallsTo(ApiCallListener listener) {
        this.calls = listener;
    }

    /** How many tokens were fetched so far (for metrics and tests). */
    public synchronized long tokensFetched() {
        return tokensFetched;
    }

    private void fetch() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basicCredentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            calls.called(Side.GENESYS, request.method(), tokenUrl.getPath(), ApiCallListener.NO_ANSWER, false);
            throw new GenesysApiException(0, null, "Genesys Cloud login at " + tokenUrl + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenesysApiException(0, null, "interrupted during Genesys Cloud login", null, e);
        }
        calls.called(Side.GENESYS, request.method(), tokenUrl.getPath(), response.statusCode(),
                response.statusCode() == 429);
        if (response.statusCode() != 200) {
            throw new GenesysApiException(response.statusCode(), response.body(),
                    "Genesys Cloud login at " + tokenUrl + " answered " + response.statusCode(),
                    GenesysApiException.retryAfterSeconds(response.headers().firstValue("Retry-After").orElse(null)),
                    null);
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String token = body.path("access_token").asText(null);
            long expiresIn = body.path("expires_in").asLong(0);
            if (token == null || token.isBlank() || expiresIn <= 0) {
                throw new GenesysApiException(200, response.body(),
                        "Genesys Cloud login answered without access_token or expires_in", null, null);
            }
            Duration lifetime = Duration.ofSeconds(expiresIn);
            Duration margin = refreshMargin.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshMargin;
            accessToken = token;
            refreshAt = clock.instant().plus(lifetime).minus(margin);
            tokensFetched++;
        } catch (IOException e) {
            throw new GenesysApiException(200, response.body(), "Genesys Cloud login answered invalid JSON", null, e);
        }
    }
}
