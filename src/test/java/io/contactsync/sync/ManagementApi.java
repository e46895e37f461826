package io.contactsync.sync;

import io.contactsync.testing.PlainHttp;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The management port of the running sync as a monitoring system sees it: health and metrics over HTTP. */
final class ManagementApi {

    /** A health answer: the HTTP status and the JSON body. */
    record Health(int httpStatus, JsonNode body) {

        String status() {
            return body.path("status").asText();
        }

        /** One check of the answer, by id. */
        JsonNode check(String id) {
            for (JsonNode check : body.path("checks")) {
                if (check.path("name").asText().equals(id)) {
                    return check;
                }
            }
            throw new AssertionError("no check " + id + " in " + body);
        }
    }

    private final String baseUrl;
    private final HttpClient http = PlainHttp.client();

    ManagementApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code /observe/health}, {@code /observe/health/ready} or {@code /observe/health/live}, with the details. */
    Health health(String path) {
        HttpResponse<String> response = get(path + "?data=true");
        try {
            return new Health(response.statusCode(), SandboxApis.JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PrometheusScrape metrics() {
        HttpResponse<String> response = get("/observe/metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("/observe/metrics answered " + response.statusCode());
        }
        return new PrometheusScrape(response.body());
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
