package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.contactsync.cycle.RunSummary;
import io.contactsync.store.SyncStore;
import org.apache.camel.Exchange;

import java.util.Map;

/** JSON answers of the admin API: run summaries and clear errors. */
public final class AdminApi {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final int MAX_LIMIT = 500;

    private final SyncStore store;

    public AdminApi(SyncStore store) {
        this.store = store;
    }

    public String json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    public String error(String message) throws JsonProcessingException {
        return json(Map.of("error", message));
    }

    public String runs(String limit) throws JsonProcessingException {
        int n = 20;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limit.trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("limit must be a number");
            }
        }
        return json(store.runs().recent(n).stream().map(RunSummary::of).toList());
    }

    public String run(String id, Exchange exchange) throws JsonProcessingException {
        long runId;
        try {
            runId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
            return error("run id must be a number, not '" + id + "'");
        }
        return store.runs().get(runId).map(RunSummary::of).map(this::jsonUnchecked).orElseGet(() -> {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            return jsonUnchecked(Map.of("error", "no run " + runId));
        });
    }

    private String jsonUnchecked(Object value) {
        try {
            return json(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
