package io.contactsync.monitor;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;
import io.contactsync.store.ConflictCount;
import io.contactsync.store.JournalAction;
import io.contactsync.store.SyncRun;
import io.contactsync.store.WriteCount;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sync's own metrics, beside Camel's route metrics in the same Prometheus registry ({@code /observe/metrics}).
 * Names in Prometheus form (docs/operations.md): {@code contactsync_records_synced_total{object,side,action}},
 * {@code contactsync_conflicts_total{object,field,policy}}, {@code contactsync_record_errors_total},
 * {@code contactsync_runs_total{status}}, {@code contactsync_run_duration_seconds{status}},
 * {@code contactsync_api_calls_total{system,endpoint,status}},
 * {@code contactsync_api_rate_limited_total{system,endpoint}},
 * {@code contactsync_dead_letters_open{object}}, {@code contactsync_reviews_open{object}}, {@code contactsync_conflicts_per_run},
 * {@code contactsync_last_success_age_seconds}.
 */
public final class SyncMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<MappedObject, AtomicLong> openDeadLetters = new EnumMap<>(MappedObject.class);
    private final Map<MappedObject, AtomicLong> openReviews = new EnumMap<>(MappedObject.class);
    private final AtomicReference<Double> conflictsPerRun = new AtomicReference<>(0.0);
    private final AtomicReference<Instant> lastSuccessAt = new AtomicReference<>();

    public SyncMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        for (MappedObject object : MappedObject.values()) {
            openDeadLetters.put(object, gaugePerObject("contactsync.dead.letters.open", object,
                    "Dead letters waiting for an operator"));
            openReviews.put(object, gaugePerObject("contactsync.reviews.open", object,
                    "Review items waiting for an operator"));
        }
        Gauge.builder("contactsync.conflicts.per.run", conflictsPerRun, AtomicReference::get)
                .description("Mean conflicts per run over the latest runs").register(registry);
        Gauge.builder("contactsync.last.success.age", this, SyncMetrics::lastSuccessAgeSeconds).baseUnit("seconds")
                .description("Time since the latest successful run finished (NaN before the first)").register(registry);
    }

    private AtomicLong gaugePerObject(String name, MappedObject object, String description) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get).tag("object", label(object)).description(description)
                .register(registry);
        return value;
    }

    /**
     * Counts what a finished run did: its writes per object, side and action, its conflicts per object, its errors,
     * status and duration.
     */
    public void runFinished(SyncRun run, List<WriteCount> writes, List<ConflictCount> conflicts) {
        for (WriteCount write : writes) {
            if (write.action() != JournalAction.LINK) {
                registry.counter("contactsync.records.synced", "object", label(write.object()),
                        "side", label(write.side()),
                        "action", actionLabel(write.action())).increment(write.count());
            }
        }
        for (ConflictCount conflict : conflicts) {
            registry.counter("contactsync.conflicts", "object", label(conflict.object()), "field", conflict.field(),
                    "policy", conflict.policy()).increment(conflict.count());
        }
        registry.counter("contactsync.record.errors").increment(run.counts().errors());
        String status = run.status().name();
        registry.counter("contactsync.runs", "status", status).increment();
        if (run.finishedAt() != null) {
            registry.timer("contactsync.run.duration", "status", status)
                    .record(Duration.between(run.startedAt(), run.finishedAt()));
        }
    }

    /** The state the store reported at the latest check: the open dead letters and review items per object. */
    public void observed(Map<MappedObject, Long> deadLetters, Map<MappedObject, Long> reviews,
                         double meanConflictsPerRun, Instant lastSuccess) {
        openDeadLetters.forEach((object, open) -> open.set(deadLetters.getOrDefault(object, 0L)));
        openReviews.forEach((object, open) -> open.set(reviews.getOrDefault(object, 0L)));
        conflictsPerRun.set(meanConflictsPerRun);
        lastSuccessAt.set(lastSuccess);
    }

    /**
     * One call to {@code system}; {@code endpoint} as {@link ApiEndpoints} labels it, {@code status} as
     * {@link CallOutcome#status()}; {@code rateLimited} when refused for the client's request rate or allowance.
     */
    public void apiCall(Side system, String endpoint, String status, boolean rateLimited) {
        registry.counter("contactsync.api.calls", "system", label(system), "endpoint", endpoint,
                "status", status).increment();
        if (rateLimited) {
            registry.counter("contactsync.api.rate.limited", "system", label(system), "endpoint", endpoint).increment();
        }
    }

    private double lastSuccessAgeSeconds() {
        Instant at = lastSuccessAt.get();
        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }

    static String label(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    static String label(MappedObject object) {
        return object.name().toLowerCase(Locale.ROOT);
    }

    private static String actionLabel(JournalAction action) {
        return switch (action) {
            case CREATE -> "created";
            case UPDATE -> "updated";
            case DELETE -> "deleted";
            case LINK -> "linked";
        };
    }
}
