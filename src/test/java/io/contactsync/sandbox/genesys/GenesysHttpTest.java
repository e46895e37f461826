package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator over plain HTTP: login, error shapes, write semantics, faults, limits and stats. */
class GenesysHttpTest extends GenesysEmulatorTestBase {

    private static final String CONTACTS = "/api/v2/externalcontacts/contacts";


    @Test
    void tokenResponseHasTheOAuthShapeAndTheConfiguredLifetime() {
        HttpResponse<String> response = fixture.tokenRequest(fixture.settings.clientId(),
                fixture.settings.clientSecret(), "grant_type=client_credentials");

        JsonNode body = GenesysFixture.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("access_token").asText()).isNotBlank();
        assertThat(body.get("token_type").asText()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(fixture.settings.tokenLifetime().toSeconds());
    }

    @Test
    void wrongSecretIsAnInvalidClient() {
        HttpResponse<String> response = fixture.tokenRequest(fixture.settings.clientId(), "wrong",
                "grant_type=client_credentials");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(GenesysFixture.json(response).get("error").asText()).isEqualTo("invalid_client");
        assertThat(GenesysFixture.json(response).get("description").asText()).isNotBlank();
    }

    @Test
    void invalidClientStatusIsConfigurable() {
        behave("{\"invalidClientStatus\":400}");

        assertThat(fixture.tokenRequest("nobody", "wrong", "grant_type=client_credentials").statusCode())
                .isEqualTo(400);
    }

    @Test
    void behaviourIsReadAndChangedThroughTheControlApi() {
        HttpResponse<String> unknown = controlPost("/__sandbox/behaviour", "{\"createStatus\":201,\"noSuch\":1}");
        behave("{\"createStatus\":201}");
        JsonNode settings = GenesysFixture.json(fixture.send(HttpRequest.newBuilder(
                URI.create(fixture.server.baseUrl() + "/__sandbox/behaviour")).GET().build()));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(unknown).get("error").asText()).contains("noSuch");
        assertThat(settings.get("createStatus").asInt()).isEqualTo(201);
        assertThat(settings.get("bulkMaxBatchSize").asInt()).isEqualTo(100);
        assertThat(fixture.emulator.currentBehaviour().createStatus()).isEqualTo(201);
    }

    @Test
    void tokenWithoutBasicCredentialsOrWithAnotherGrantIsRefused() {
        HttpResponse<String> noBasic = fixture.send(HttpRequest.newBuilder(
                        URI.create(fixture.server.baseUrl() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        HttpResponse<String> passwordGrant = fixture.tokenRequest(fixture.settings.clientId(),
                fixture.settings.clientSecret(), "grant_type=password");

        assertThat(noBasic.statusCode()).isEqualTo(401);
        assertThat(GenesysFixture.json(noBasic).get("error").asText()).isEqualTo("invalid_client");
        assertThat(passwordGrant.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(passwordGrant).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void unknownMissingAndRevokedTokensGetTheErrorBody() {
        HttpResponse<String> unknown = fixture.call("GET", CONTACTS, null, "not-a-token");
        HttpResponse<String> missing = fixture.send(HttpRequest.newBuilder(
                URI.create(fixture.server.baseUrl() + CONTACTS)).GET().build());
        fixture.emulator.expireAllTokens();
        HttpResponse<String> revoked = fixture.call("GET", CONTACTS, null, token);

        for (HttpResponse<String> response : List.of(unknown, missing, revoked)) {
            JsonNode body = GenesysFixture.json(response);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(body.get("code").asText()).isEqualTo("bad.credentials");
            assertThat(body.get("status").asInt()).isEqualTo(401);
            assertThat(body.get("message").asText()).isNotBlank();
            assertThat(body.get("contextId").asText()).isNotBlank();
            assertThat(body.get("details").isArray()).isTrue();
            assertThat(body.get("errors").isArray()).isTrue();
        }
    }

    @Test
    void tokenExpiresAfterItsLifetime() {
        fixture.clock.advance(fixture.settings.tokenLifetime().minusSeconds(1));
        assertThat(fixture.call("GET", CONTACTS, null, token).statusCode()).isEqualTo(200);

        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(fixture.call("GET", CONTACTS, null, token).statusCode()).isEqualTo(401);
    }

    @Test
    void invalidEmailIsA400NamingTheField() {
        HttpResponse<String> response = fixture.call("POST", CONTACTS,
                "{\"lastName\":\"Hopper\",\"personalEmail\":\"grace.example.com\"}", token);

        JsonNode body = GenesysFixture.json(response);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("code").asText()).isNotBlank();
        assertThat(body.get("message").asText()).contains("personalEmail").contains("grace.example.com");
        assertThat(body.get("details").get(0).get("fieldName").asText()).isEqualTo("personalEmail");
        assertThat(body.get("contextId").asText()).isNotBlank();
    }

    @Test
    void tooLongFieldsAreRefusedAndTextIsTrimmed() {
        HttpResponse<String> tooLong = fixture.call("POST", CONTACTS,
                "{\"lastName\":\"X\",\"address\":{\"city\":\"" + "c".repeat(101) + "\"}}", token);
        HttpResponse<String> padded = fixture.call("POST", CONTACTS, "{\"lastName\":\"  Hopper  \"}", token);

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(tooLong).get("message").asText()).contains("address.city");
        assertThat(GenesysFixture.json(padded).get("lastName").asText()).isEqualTo("Hopper");
    }

    @Test
    void unknownAndServerSetFieldsAreIgnoredAndNullsOmitted() {
        HttpResponse<String> response = fixture.call("POST", CONTACTS, "{\"lastName\":\"Turing\","
                + "\"favouriteColour\":\"blue\",\"id\":\"chosen-by-client\",\"modifyDate\":\"1999-01-01T00:00:00Z\","
                + "\"middleName\":null}", token);

        JsonNode body = GenesysFixture.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.has("favouriteColour")).isFalse();
        assertThat(body.has("middleName")).isFalse();
        assertThat(body.get("id").asText()).isNotEqualTo("chosen-by-client");
        assertThat(body.get("modifyDate").asText()).isEqualTo("2024-01-01T12:34:56.789Z");
        assertThat(body.get("createDate").asText()).isEqualTo("2024-01-01T12:34:56.789Z");
    }

    @Test
    void putReplacesTheWholeContactButKeepsIdAndCreateDate() {
        JsonNode created = create("{\"lastName\":\"Hopper\",\"title\":\"Admiral\",\"workEmail\":\"g@example.com\"}");
        String id = created.get("id").asText();
        fixture.clock.advance(Duration.ofSeconds(30));

        JsonNode updated = GenesysFixture.json(fixture.call("PUT", CONTACTS + "/" + id,
                "{\"id\":\"other\",\"lastName\":\"Hopper\",\"firstName\":\"Grace\",\"createDate\":\"2000-01-01T00:00:00Z\"}",
                token));

        assertThat(updated.get("id").asText()).isEqualTo(id);
        assertThat(updated.get("firstName").asText()).isEqualTo("Grace");
        assertThat(updated.has("title")).isFalse();
        assertThat(updated.has("workEmail")).isFalse();
        assertThat(updated.get("createDate").asText()).isEqualTo("2024-01-01T12:34:56.789Z");
        assertThat(updated.get("modifyDate").asText()).isEqualTo("2024-01-01T12:35:26.789Z");
        assertThat(GenesysFixture.json(fixture.call("GET", CONTACTS + "/" + id, null, token)))
                .isEqualTo(updated);
    }

    @Test
    void putMergesWhenConfiguredTo() {
        behave("{\"replaceOnUpdate\":false}");
        String id = create("{\"lastName\":\"Hopper\",\"title\":\"Admiral\"}").get("id").asText();

        JsonNode updated = GenesysFixture.json(fixture.call("PUT", CONTACTS + "/" + id,
                "{\"title\":\"Rear Admiral\"}", token));

        assertThat(updated.get("lastName").asText()).isEqualTo("Hopper");
        assertThat(updated.get("title").asText()).isEqualTo("Rear Admiral");
    }

    @Test
    void putOfAnUnknownContactIs404() {
        HttpResponse<String> response = fixture.call("PUT", CONTACTS + "/nope", "{\"lastName\":\"X\"}", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(GenesysFixture.json(response).get("code").asText()).isEqualTo("not.found");
    }

    @Test
    void everyWriteMovesModifyDateForwardEvenWhenTheClockStandsStill() {
        String id = create("{\"lastName\":\"Knuth\"}").get("id").asText();
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dates.add(GenesysFixture.json(fixture.call("PUT", CONTACTS + "/" + id,
                    "{\"lastName\":\"Knuth\",\"title\":\"v" + i + "\"}", token)).get("modifyDate").asText());
        }

        assertThat(dates).containsExactly("2024-01-01T12:34:56.790Z", "2024-01-01T12:34:56.791Z",
                "2024-01-01T12:34:56.792Z");
    }

    @Test
    void ifMatchIsIgnoredByDefaultAndEnforcedWhenConfigured() {
        JsonNode created = create("{\"lastName\":\"Liskov\"}");
        String id = created.get("id").asText();
        String stale = "1999-01-01T00:00:00.000Z";
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(fixture.server.baseUrl() + CONTACTS + "/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"lastName\":\"Liskov\"}"));

        assertThat(fixture.send(put.copy().header("If-Match", stale).build()).statusCode()).isEqualTo(200);

        behave("{\"enforceIfMatch\":true}");
        String current = GenesysFixture.json(fixture.call("GET", CONTACTS + "/" + id, null, token))
                .get("modifyDate").asText();
        assertThat(fixture.send(put.copy().header("If-Match", stale).build()).statusCode()).isEqualTo(412);
        assertThat(fixture.send(put.copy().header("If-Match", "\"" + current + "\"").build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void createAndDeleteStatusesFollowTheBehaviour() {
        HttpResponse<String> created = fixture.call("POST", CONTACTS, "{\"lastName\":\"A\"}", token);
        HttpResponse<String> deleted = fixture.call("DELETE", CONTACTS + "/"
                + GenesysFixture.json(created).get("id").asText(), null, token);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();

        behave("{\"createStatus\":201,\"deleteStatus\":200}");
        HttpResponse<String> created201 = fixture.call("POST", CONTACTS, "{\"lastName\":\"B\"}", token);
        HttpResponse<String> deleted200 = fixture.call("DELETE", CONTACTS + "/"
                + GenesysFixture.json(created201).get("id").asText(), null, token);
        assertThat(created201.statusCode()).isEqualTo(201);
        assertThat(deleted200.statusCode()).isEqualTo(200);
        assertThat(deleted200.body()).isEqualTo("{}");
        assertThat(fixture.call("DELETE", CONTACTS + "/nope", null, token).statusCode()).isEqualTo(404);
    }

    @Test
    void malformedBodiesAndParametersAre400() {
        assertThat(fixture.call("POST", CONTACTS, "{\"lastName\":", token).statusCode()).isEqualTo(400);
        assertThat(fixture.call("POST", CONTACTS, "[]", token).statusCode()).isEqualTo(400);
        assertThat(fixture.call("POST", CONTACTS, "{\"lastName\":{\"a\":1}}", token).statusCode()).isEqualTo(400);
        assertThat(fixture.call("GET", CONTACTS + "?pageSize=201", null, token).statusCode()).isEqualTo(400);
        assertThat(fixture.call("GET", CONTACTS + "?pageNumber=0", null, token).statusCode()).isEqualTo(400);
        assertThat(fixture.call("GET", CONTACTS + "?sortOrder=email:asc", null, token).statusCode()).isEqualTo(400);
        assertThat(fixture.call("GET", "/api/v2/externalcontacts/scan/contacts?limit=9", null, token).statusCode())
                .isEqualTo(400);
        assertThat(fixture.call("GET", "/api/v2/externalcontacts/scan/contacts?limit=201", null, token).statusCode())
                .isEqualTo(400);
        assertThat(fixture.call("GET", "/api/v2/externalcontacts/scan/contacts?cursor=%21%21", null, token)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void searchPagesCarryTheListingEnvelope() {
        for (int i = 0; i < 3; i++) {
            create("{\"lastName\":\"Wirth\",\"workPhone\":{\"display\":\"317-555-010" + i + "\"}}");
        }

        JsonNode page = GenesysFixture.json(fixture.call("GET", CONTACTS + "?pageSize=2&pageNumber=2&q=wirth",
                null, token));

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("pageCount").asInt()).isEqualTo(2);
        assertThat(page.get("entities")).hasSize(1);
        assertThat(page.get("firstUri").asText()).isEqualTo(CONTACTS + "?pageSize=2&pageNumber=1&q=wirth");
        assertThat(page.get("selfUri").asText()).isEqualTo(CONTACTS + "?pageSize=2&pageNumber=2&q=wirth");
        assertThat(page.get("previousUri").asText()).isEqualTo(CONTACTS + "?pageSize=2&pageNumber=1&q=wirth");
        assertThat(page.get("lastUri").asText()).isEqualTo(CONTACTS + "?pageSize=2&pageNumber=2&q=wirth");
        assertThat(page.has("nextUri")).isFalse();

        behave("{\"nullNextUriOnLastPage\":true}");
        JsonNode again = GenesysFixture.json(fixture.call("GET", CONTACTS + "?pageSize=2&pageNumber=2&q=wirth",
                null, token));
        assertThat(again.get("nextUri").isNull()).isTrue();
    }

    @Test
    void bulkCallsOverTheMaximumBatchSizeAre400() {
        behave("{\"bulkMaxBatchSize\":2}");
        String three = "{\"entities\":[{\"lastName\":\"A\"},{\"lastName\":\"B\"},{\"lastName\":\"C\"}]}";

        HttpResponse<String> response = fixture.call("POST", "/api/v2/externalcontacts/bulk/contacts/add", three,
                token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(GenesysFixture.json(response).get("message").asText()).contains("at most 2");
        assertThat(GenesysFixture.json(fixture.call("GET", CONTACTS, null, token)).get("total").asLong()).isZero();
    }

    @Test
    void rateLimitAnswers429WithRetryAfterOnceTheClientHasUsedItsCalls() {
        assertThat(controlPost("/__sandbox/limits", "{\"requestsPerMinute\":5}").statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(fixture.call("GET", CONTACTS, null, token).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = fixture.call("GET", CONTACTS, null, token);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Integer.parseInt(v)).isBetween(1, 60));
        assertThat(GenesysFixture.json(limited).get("code").asText()).isEqualTo("too.many.requests.retry.after");
        assertThat(GenesysFixture.json(limited).get("status").asInt()).isEqualTo(429);

        fixture.clock.advance(Duration.ofSeconds(60));
        assertThat(fixture.call("GET", CONTACTS, null, token).statusCode()).isEqualTo(200);
    }

    @Test
    void droppedConnectionFaultClosesTheConnectionOnceThenServesAgain() {
        // a POST: the HTTP/1.1 client sends an idempotent GET again by itself once its connection drops
        controlPost("/__sandbox/faults", "{\"kind\":\"drop\",\"method\":\"POST\",\"path\":\"" + CONTACTS + "\"}");

        assertThatThrownBy(() -> fixture.call("POST", CONTACTS, "{\"lastName\":\"Dropped\"}", token))
                .hasCauseInstanceOf(IOException.class);
        assertThat(fixture.call("POST", CONTACTS, "{\"lastName\":\"Served\"}", token).statusCode())
                .isEqualTo(200);
    }

    @Test
    void latencyFaultDelaysAWriteWithoutLosingItsBody() {
        controlPost("/__sandbox/faults", "{\"kind\":\"latency\",\"millis\":50,\"method\":\"POST\"}");

        HttpResponse<String> response = fixture.call("POST", CONTACTS, "{\"lastName\":\"Slow\"}", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GenesysFixture.json(response).get("lastName").asText()).isEqualTo("Slow");
    }

    @Test
    void injectedServerErrorUsesTheErrorBody() {
        controlPost("/__sandbox/faults", "{\"kind\":\"status\",\"status\":503,\"path\":\"/api/v2/.*\"}");

        HttpResponse<String> response = fixture.call("GET", CONTACTS, null, token);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(GenesysFixture.json(response).get("status").asInt()).isEqualTo(503);
        assertThat(GenesysFixture.json(response).get("code").asText()).isEqualTo("service.unavailable");
    }

    @Test
    void unknownApiPathIsA404ErrorBody() {
        HttpResponse<String> response = fixture.call("GET", "/api/v2/externalcontacts/nothing", null, token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(GenesysFixture.json(response).get("code").asText()).isEqualTo("not.found");
    }

    @Test
    void statsAreKeyedByReadableRouteTemplates() {
        String id = create("{\"lastName\":\"Cerf\"}").get("id").asText();
        fixture.call("PUT", CONTACTS + "/" + id, "{\"lastName\":\"Cerf\"}", token);
        fixture.call("PUT", CONTACTS + "/" + id, "{\"lastName\":\"Cerf\"}", token);
        fixture.call("GET", "/api/v2/externalcontacts/scan/contacts?limit=10", null, token);
        fixture.call("POST", "/api/v2/externalcontacts/bulk/contacts/add", "{\"entities\":[]}", token);

        JsonNode stats = GenesysFixture.json(fixture.send(HttpRequest.newBuilder(
                URI.create(fixture.server.baseUrl() + "/__sandbox/stats")).GET().build())).get("requests");

        assertThat(stats.get("POST /oauth/token").asLong()).isEqualTo(1);
        assertThat(stats.get("POST /api/v2/externalcontacts/contacts").asLong()).isEqualTo(1);
        assertThat(stats.get("PUT /api/v2/externalcontacts/contacts/{id}").asLong()).isEqualTo(2);
        assertThat(stats.get("GET /api/v2/externalcontacts/scan/contacts").asLong()).isEqualTo(1);
        assertThat(stats.get("POST /api/v2/externalcontacts/bulk/contacts/add").asLong()).isEqualTo(1);
    }

    @Test
    void scanAndSearchExpandTheOrganizationWhetherExpandIsRepeatedOrCommaSeparated() {
        HttpResponse<String> org = fixture.call("POST", "/api/v2/externalcontacts/organizations",
                "{\"name\":\"Acme\"}", token);
        String orgId = GenesysFixture.json(org).get("id").asText();
        create("{\"lastName\":\"Cerf\",\"externalOrganization\":{\"id\":\"" + orgId + "\"}}");

        JsonNode scanned = GenesysFixture.json(fixture.call("GET",
                "/api/v2/externalcontacts/scan/contacts?expand=externalOrganization", null, token));
        JsonNode searched = GenesysFixture.json(fixture.call("GET",
                CONTACTS + "?expand=identifiers,externalOrganization", null, token));
        JsonNode plain = GenesysFixture.json(fixture.call("GET", CONTACTS, null, token));

        assertThat(scanned.at("/entities/0/externalOrganization/name").asText()).isEqualTo("Acme");
        assertThat(searched.at("/entities/0/externalOrganization/name").asText()).isEqualTo("Acme");
        assertThat(plain.at("/entities/0/externalOrganization").fieldNames()).toIterable()
                .containsExactly("id", "selfUri");
    }

    private JsonNode create(String body) {
        HttpResponse<String> response = fixture.call("POST", CONTACTS, body, token);
        assertThat(response.statusCode()).isEqualTo(200);
        return GenesysFixture.json(response);
    }

    private void behave(String changes) {
        assertThat(controlPost("/__sandbox/behaviour", changes).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> controlPost(String path, String body) {
        return fixture.send(HttpRequest.newBuilder(URI.create(fixture.server.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
