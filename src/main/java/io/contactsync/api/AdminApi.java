package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.contactsync.cycle.SyncSettings;
import io.contactsync.cycle.SyncedObjects;
import io.contactsync.cycle.CycleAlreadyRunningException;
import io.contactsync.cycle.RunSummary;
import io.contactsync.genesys.GenesysApiException;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.MappedObject;
import io.contactsync.model.SyncPolicies;
import io.contactsync.store.LinkStatus;
import io.contactsync.store.SyncStore;
import io.contactsync.store.TextLimits;
import org.apache.camel.Exchange;
import org.apache.camel.component.salesforce.api.SalesforceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** JSON answers of the admin API: run summaries and clear errors. */
public final class AdminApi {

    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final SyncStore store;

    private final SyncedObjects settings;

    public AdminApi(SyncStore store, SyncedObjects settings) {
        this.store = store;
        this.settings = settings;
    }

    /** One mapped field as the API shows it: its effective policy (null on a one-way field, which its owner settles). */
    public record FieldView(String name, String type, FieldDirection direction, FieldPolicy policy,
                            String salesforceField, String genesysPath) {
    }

    /** The synced fields and the deployment's direction. */
    public record MappingView(FieldDirection direction, boolean linkIdsInSource, List<FieldView> fields) {

        static MappingView of(FieldMapping mapping, SyncPolicies policies) {
            return new MappingView(mapping.direction(), mapping.linkIdsInSource(), mapping.fields().values().stream()
                    .map(field -> new FieldView(field.field().jsonName(), field.type().fileName(), field.direction(),
                            field.direction() == FieldDirection.BOTH ? policies.policyFor(field.field()) : null,
                            field.salesforce().field(), field.genesys().path()))
                    .toList());
        }
    }

    /**
     * {@code GET /api/sync/mapping}: what is synced, which way, under which policy; the contacts' mapping, or with
     * {@code ?object=organization} the organizations'.
     */
    public String mapping(String object) throws JsonProcessingException {
        MappedObject mapped = Optional.ofNullable(ApiParams.mappedObject(object)).orElse(MappedObject.CONTACT);
        if (!settings.syncs(mapped)) {
            throw new ApiError(404, "the " + mapped.name().toLowerCase(Locale.ROOT) + "s are not synced");
        }
        SyncSettings inUse = settings.of(mapped).get();
        return json(MappingView.of(inUse.mapping(), inUse.policies()));
    }

    /**
     * {@code GET /api/sync/status}: per synced object ({@code contact}, {@code organization}: the names the lists'
     * {@code object} filter takes), how many pairs are linked and synced (active links).
     */
    public String status() throws JsonProcessingException {
        Map<String, Long> linked = new LinkedHashMap<>();
        for (MappedObject object : settings.objects()) {
            linked.put(object.name().toLowerCase(Locale.ROOT), store.links().count(object, LinkStatus.ACTIVE));
        }
        return json(Map.of("linked", linked));
    }

    public String json(Object value) throws JsonProcessingException {
        return JSON.writeValueAsString(value);
    }

    public String error(String message) throws JsonProcessingException {
        return json(Map.of("error", message == null ? "refused" : message));
    }

    /**
     * Answers a refused call with the status and reason of {@link #refusal} as {@code {"error": "..."}}.
     */
    public void refuse(Exchange exchange) throws JsonProcessingException {
        answer(exchange, refusal(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
    }

    /** Answers the call with the refusal's status and {@code {"error": "..."}}. */
    public void answer(Exchange exchange, ApiError refusal) throws JsonProcessingException {
        if (refusal.getStatus() >= 500) {
            LOG.warn("Admin API call failed: {}", refusal.getMessage(),
                    refusal.getCause() != null ? refusal.getCause() : refusal);
        }
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, refusal.getStatus());
        exchange.getMessage().setHeader("Content-Type", "application/json");
        exchange.getMessage().setBody(error(refusal.getMessage()));
    }

    /**
     * What a failure means for the caller, looked up in the cause chain (Camel wraps what beans throw): an
     * {@link ApiError} as it is, a cycle already running 409, a refusal by Salesforce or Genesys Cloud 502 with their
     * reason, anything else 500.
     */
    public static ApiError refusal(Throwable caught) {
        for (Throwable cause = caught; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiError api) {
                return api;
            }
            if (cause instanceof CycleAlreadyRunningException) {
                return new ApiError(409, cause.getMessage());
            }
            if (cause instanceof SalesforceException salesforce) {
                return new ApiError(502, "Salesforce answered " + salesforce.getStatusCode() + ": "
                        + salesforce.getMessage(), caught);
            }
            if (cause instanceof GenesysApiException genesys) {
                return new ApiError(502, genesys.getMessage(), caught);
            }
        }
        // the cause (SQL, class and method names) goes to the log only, never to the caller
        return new ApiError(500, caught == null ? "refused" : "internal error (see the log)", caught);
    }

    /** Hands a job the answer of its call (the job route's step). */
    public void answered(RecordJob job, String body) {
        job.answered(body);
    }

    public String runs(String limit) throws JsonProcessingException {
        return json(store.runs().recent(ApiParams.limit(limit)).stream().map(RunSummary::of).toList());
    }

    public String run(String id) throws JsonProcessingException {
        long runId = ApiParams.id(id, "run");
        return json(store.runs().get(runId).map(RunSummary::of)
                .orElseThrow(() -> new ApiError(404, "no run " + runId)));
    }

    /**
     * The records the cycles read again by id, the soonest due first: failed records retried until their pairs sync
     * ({@code nextAttemptAt} null: refused for their values, they wait for an edit), and operators' requests.
     */
    public String retries(String limit) throws JsonProcessingException {
        return json(store.refetches().first(ApiParams.limit(limit)));
    }

    /** The mass-disappearance holds, newest first: the OPEN one waits for an operator. */
    public String holds(String limit) throws JsonProcessingException {
        return json(store.disappearanceHolds().recent(ApiParams.limit(limit)));
    }

    /**
     * An operator confirms the open hold ({@code {"by": "..."}}, required): the next run acts on the disappearance
     * under the delete policy.
     */
    public String confirmDisappearance(String body) throws JsonProcessingException {
        ObjectNode request = ApiParams.object(body);
        ApiParams.onlyKnown(request, "by");
        String by = ApiParams.text(request, "by", TextLimits.BY);
        if (by == null || by.isBlank()) {
            throw new ApiError(400, "\"by\" is required: who confirms that the contacts are really gone");
        }
        if (!store.disappearanceHolds().confirm(by)) {
            throw new ApiError(409, "no run is held for a mass disappearance");
        }
        return json(Map.of("confirmed", true, "by", by,
                "next", "the next run acts on the disappearance under the delete policy"));
    }
}
