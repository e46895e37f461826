package io.contactsync.sandbox.salesforce;

import io.contactsync.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static io.contactsync.sandbox.salesforce.SalesforceTestServer.API;
import static org.assertj.core.api.Assertions.assertThat;

class SalesforceOAuthTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
    private final SalesforceTestServer sf = new SalesforceTestServer(clock);

    @AfterEach
    void stop() {
        sf.close();
    }

    @Test
    void passwordGrantAnswersLikeSalesforceWithTheEmulatorAsInstance() throws Exception {
        SalesforceTestServer.Response response = sf.token(Map.of("grant_type", "password", "client_id",
                sf.settings.clientId(), "client_secret", sf.settings.clientSecret(), "username",
                sf.settings.username(), "password", sf.settings.password(), "format", "json"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode token = response.json();
        assertThat(token.get("instance_url").asText()).isEqualTo(sf.server.baseUrl());
        assertThat(token.get("id").asText()).isEqualTo(sf.server.baseUrl() + "/id/" + sf.emulator.orgId() + "/"
                + sf.emulator.integrationUserId());
        assertThat(sf.emulator.orgId()).hasSize(18).startsWith("00D");
        assertThat(sf.emulator.integrationUserId()).hasSize(18).startsWith("005");
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("issued_at").asText()).isEqualTo(String.valueOf(clock.millis()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(sf.settings.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal((token.get("id").asText()
                + token.get("issued_at").asText()).getBytes(StandardCharsets.UTF_8)));
        assertThat(token.get("signature").asText()).isEqualTo(expected);
        assertThat(token.get("refresh_token").asText()).isNotBlank();
        assertThat(sf.get(API + "/limits", token.get("access_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void refreshTokenAndClientCredentialsGrantsIssueWorkingTokens() {
        String refreshToken = sf.token(Map.of("grant_type", "password", "client_id", sf.settings.clientId(),
                "client_secret", sf.settings.clientSecret(), "username", sf.settings.username(), "password",
                sf.settings.password())).json().get("refresh_token").asText();

        SalesforceTestServer.Response refreshed = sf.token(Map.of("grant_type", "refresh_token", "client_id",
                sf.settings.clientId(), "client_secret", sf.settings.clientSecret(), "refresh_token", refreshToken));
        SalesforceTestServer.Response clientCredentials = sf.token(Map.of("grant_type", "client_credentials",
                "client_id", sf.settings.clientId(), "client_secret", sf.settings.clientSecret()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(clientCredentials.status()).isEqualTo(200);
        assertThat(clientCredentials.json().get("id").asText()).endsWith("/" + sf.emulator.integrationUserId());
        assertThat(sf.get(API + "/limits", refreshed.json().get("access_token").asText()).status()).isEqualTo(200);
        assertThat(sf.get(API + "/limits", clientCredentials.json().get("access_token").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void badCredentialsAreRefusedWithOAuthErrors() {
        SalesforceTestServer.Response badPassword = sf.token(Map.of("grant_type", "password", "client_id",
                sf.settings.clientId(), "client_secret", sf.settings.clientSecret(), "username",
                sf.settings.username(), "password", "wrong"));
        SalesforceTestServer.Response badRefresh = sf.token(Map.of("grant_type", "refresh_token", "client_id",
                sf.settings.clientId(), "refresh_token", "nope"));
        SalesforceTestServer.Response badClient = sf.token(Map.of("grant_type", "client_credentials",
                "client_id", "someone-else", "client_secret", sf.settings.clientSecret()));
        SalesforceTestServer.Response badSecret = sf.token(Map.of("grant_type", "client_credentials",
                "client_id", sf.settings.clientId(), "client_secret", "wrong"));
        SalesforceTestServer.Response jwt = sf.token(Map.of("grant_type",
                "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", "x.y.z"));

        assertThat(badPassword.status()).isEqualTo(400);
        assertThat(badPassword.body()).isEqualTo(
                "{\"error\":\"invalid_grant\",\"error_description\":\"authentication failure\"}");
        assertThat(badRefresh.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(badClient.json().get("error").asText()).isEqualTo("invalid_client_id");
        assertThat(badSecret.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(jwt.json().get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void editorIsASecondUserWithItsOwnId() {
        JsonNode token = sf.token(Map.of("grant_type", "password", "client_id", sf.settings.clientId(),
                "client_secret", sf.settings.clientSecret(), "username", SalesforceEmulator.EDITOR_USERNAME,
                "password", sf.settings.password())).json();

        assertThat(token.get("id").asText()).endsWith("/" + sf.emulator.editorUserId());
        assertThat(sf.emulator.editorUserId()).isNotEqualTo(sf.emulator.integrationUserId());
    }

    @Test
    void tokensExpireAfterTheirLifetimeAndOnExpireAll() {
        String token = sf.login();
        clock.advance(sf.settings.tokenLifetime().minusSeconds(1));
        assertThat(sf.get(API + "/limits", token).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        SalesforceTestServer.Response expired = sf.get(API + "/limits", token);

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).isEqualTo("[{\"message\":\"Session expired or invalid\","
                + "\"errorCode\":\"INVALID_SESSION_ID\",\"fields\":[]}]");

        String fresh = sf.login();
        sf.emulator.expireAllTokens();
        assertThat(sf.get(API + "/limits", fresh).status()).isEqualTo(401);
        assertThat(sf.get(API + "/limits", "made-up").status()).isEqualTo(401);
        assertThat(sf.get(API + "/limits", null).status()).isEqualTo(401);
    }

    @Test
    void revokeAnswers200OnGetAndPostAndEndsTheSession() {
        String token = sf.login();

        SalesforceTestServer.Response get = sf.get("/services/oauth2/revoke?token=" + token, null);
        SalesforceTestServer.Response post = sf.call("POST", "/services/oauth2/revoke?token=unknown", null, null);

        assertThat(get.status()).isEqualTo(200);
        assertThat(post.status()).isEqualTo(200);
        assertThat(sf.get(API + "/limits", token).status()).isEqualTo(401);
    }

    @Test
    void aStaleAuthorizationHeaderBesideAFreshOneIsTolerated() {
        String stale = sf.login();
        sf.emulator.expireAllTokens();
        String fresh = sf.login();

        SalesforceTestServer.Response response = sf.send(HttpRequest.newBuilder(sf.uri(API + "/limits"))
                .header("Authorization", "Bearer " + stale).header("Authorization", "Bearer " + fresh).GET());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void versionListNeedsNoLogin() {
        SalesforceTestServer.Response versions = sf.get("/services/data/", null);

        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.json().findValuesAsText("version")).contains("56.0", "62.0");
        assertThat(versions.json().get(25).get("url").asText()).isEqualTo("/services/data/v56.0");
        assertThat(versions.json().get(25).get("label").asText()).isEqualTo("Winter '23");
        assertThat(sf.get("/services/data/v20.0/limits", sf.login()).status()).isEqualTo(404);
    }
}
