package io.contactsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.Map;

import static io.contactsync.sandbox.salesforce.SalesforceTestServer.API;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SalesforceSandboxControlTest {

    private final SalesforceTestServer sf = new SalesforceTestServer();
    private final String token = sf.login();

    @AfterEach
    void stop() {
        sf.close();
    }

    private void control(String path, String json) {
        assertThat(sf.call("POST", "/__sandbox" + path, null, json).status()).isEqualTo(200);
    }

    @Test
    void injected429HasRetryAfterAndSalesforcesErrorShape() {
        control("/faults", "{\"kind\":\"status\",\"status\":429,\"retryAfter\":3,\"path\":\".*/query.*\"}");

        SalesforceTestServer.Response limited = sf.query("SELECT Id FROM Contact", token);
        SalesforceTestServer.Response next = sf.query("SELECT Id FROM Contact", token);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("3");
        assertThat(limited.json().get(0).get("errorCode").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        assertThat(limited.json().get(0).has("message")).isTrue();
        assertThat(limited.header("Sforce-Limit-Info")).startsWith("api-usage=");
        assertThat(next.status()).isEqualTo(200);
    }

    @Test
    void injected500AndCustomCodesUseTheArrayShape() {
        control("/faults", "{\"faults\":[{\"status\":500},{\"status\":400,\"code\":\"DUPLICATES_DETECTED\","
                + "\"message\":\"Use one of these records?\"}]}");

        SalesforceTestServer.Response serverError = sf.get(API + "/limits", token);
        SalesforceTestServer.Response duplicate = sf.call("POST", API + "/sobjects/Contact", token,
                "{\"LastName\":\"Dup\"}");

        assertThat(serverError.status()).isEqualTo(500);
        assertThat(serverError.json().get(0).get("errorCode").asText()).isEqualTo("UNKNOWN_EXCEPTION");
        assertThat(duplicate.body()).isEqualTo("[{\"message\":\"Use one of these records?\","
                + "\"errorCode\":\"DUPLICATES_DETECTED\",\"fields\":[]}]");
    }

    @Test
    void injectedFaultOnTheTokenEndpointUsesTheOAuthShape() {
        control("/faults", "{\"kind\":\"status\",\"status\":400,\"path\":\"/services/oauth2/token\"}");

        SalesforceTestServer.Response response = sf.token(Map.of("grant_type", "client_credentials", "client_id",
                sf.settings.clientId(), "client_secret", sf.settings.clientSecret()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void droppedConnectionReachesTheClientAsAnIoFailure() {
        control("/faults", "{\"kind\":\"drop\",\"method\":\"GET\"}");

        assertThatThrownBy(() -> sf.get(API + "/limits", token)).isInstanceOf(UncheckedIOException.class);
        assertThat(sf.get(API + "/limits", token).status()).isEqualTo(200);
    }

    @Test
    void expireTokensFaultInvalidatesIssuedTokens() {
        control("/faults", "{\"expireTokens\":true}");

        SalesforceTestServer.Response response = sf.get(API + "/limits", token);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get(0).get("errorCode").asText()).isEqualTo("INVALID_SESSION_ID");
    }

    @Test
    void perMinuteRateLimitAnswers429PerUserWithRetryAfter() {
        String editor = sf.login(SalesforceEmulator.EDITOR_USERNAME);
        control("/limits", "{\"requestsPerMinute\":2}");

        assertThat(sf.get(API + "/limits", token).status()).isEqualTo(200);
        assertThat(sf.get(API + "/limits", token).status()).isEqualTo(200);
        SalesforceTestServer.Response third = sf.get(API + "/limits", token);
        SalesforceTestServer.Response otherUser = sf.get(API + "/limits", editor);

        assertThat(third.status()).isEqualTo(429);
        assertThat(Integer.parseInt(third.header("Retry-After"))).isBetween(1, 60);
        assertThat(third.json().get(0).get("errorCode").asText()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        assertThat(otherUser.status()).isEqualTo(200);
    }

    @Test
    void statsCountRequestsByReadableRouteTemplate() {
        String id = sf.create(token, "{\"LastName\":\"Counted\"}");
        sf.query("SELECT Id FROM Contact", token);
        sf.get(API + "/query?q=SELECT+Id+FROM+Contact", token);
        sf.contact(token, id);
        sf.call("PATCH", API + "/sobjects/Contact/" + id, token, "{\"Title\":\"x\"}");
        sf.call("POST", API + "/composite/sobjects", token, "{\"records\":[]}");
        sf.get(API + "/limits", null);
        sf.get("/services/unknown", token);

        JsonNode requests = sf.get("/__sandbox/stats", null).json().get("requests");

        assertThat(requests.get("POST /services/oauth2/token").asInt()).isEqualTo(1);
        assertThat(requests.get("POST /services/data/{version}/sobjects/{sobject}").asInt()).isEqualTo(1);
        assertThat(requests.get("GET /services/data/{version}/query").asInt()).isEqualTo(2);
        assertThat(requests.get("GET /services/data/{version}/sobjects/{sobject}/{id}").asInt()).isEqualTo(1);
        assertThat(requests.get("PATCH /services/data/{version}/sobjects/{sobject}/{id}").asInt()).isEqualTo(1);
        assertThat(requests.get("POST /services/data/{version}/composite/sobjects").asInt()).isEqualTo(1);
        assertThat(requests.get("GET /services/data/{version}/limits").asInt()).isEqualTo(1);
        assertThat(requests.get("GET /services/* (no such resource)").asInt()).isEqualTo(1);
    }

    @Test
    void seedAndResetThroughTheControlApi() {
        control("/seed", "{\"count\":250,\"seed\":3}");
        assertThat(sf.emulator.contactCount()).isEqualTo(250);
        control("/seed", "{\"count\":10,\"seed\":3,\"append\":true}");
        assertThat(sf.emulator.contactCount()).isEqualTo(260);

        control("/reset", "{}");

        assertThat(sf.emulator.contactCount()).isZero();
        assertThat(sf.get(API + "/limits", token).status()).isEqualTo(401);
    }
}
