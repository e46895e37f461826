package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.contactsync.cycle.CycleAlreadyRunningException;
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

    /**
     * Answers a refused call: the status of the {@link ApiError} (409 for a cycle already running) and the
     * reason as {@code {"error": "..."}}. The cause is looked up in the chain, as Camel wraps what beans throw.
     */
    public void refuse(Exchange exchange) throws JsonProcessingException {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        while (cause != null && !(cause instanceof ApiError) && !(cause instanceof CycleAlreadyRunningException)) {
            cause = cause.getCause();
        }
        int status = cause instanceof ApiError api ? api.getStatus() : 409;
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader("Content-Type", "application/json");
        exchange.getMessage().setBody(error(cause == null ? "refused" : cause.getMessage()));
    }

    public String runs(String limit) throws JsonProcessingException {
        int n = 20;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limit.trim())));
            } catch (NumberFormatException e) {
                throw new ApiError(400, "limit must be a number, not '" + limit + "'");
            }
        }
        return json(store.runs().recent(n).stream().map(RunSummary::of).toList());
    }

    public String run(String id) throws JsonProcessingException {
        long runId;
        try {
            runId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiError(400, "run id must be a number, not '" + id + "'");
        }
        return json(store.runs().get(runId).map(RunSummary::of)
                .orElseThrow(() -> new ApiError(404, "no run " + runId)));
    }
}
