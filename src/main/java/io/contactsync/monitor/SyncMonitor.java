package io.contactsync.monitor;

import io.contactsync.cycle.RunSummary;
import io.contactsync.model.MappedObject;
import io.contactsync.store.DeadLetterStatus;
import io.contactsync.store.ReviewStatus;
import io.contactsync.store.RunStatus;
import io.contactsync.store.SyncRun;
import io.contactsync.store.SyncStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Watches the run history after each cycle and between cycles: updates the metrics, decides on alerts
 * ({@link AlertRules}), throttles repeats ({@link AlertThrottle}) and logs each raised alert as a WARN line. Answers
 * the notices to post to the webhook (none when no webhook is configured).
 */
public final class SyncMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(SyncMonitor.class);
    /** A run succeeded when its cycle ran to the end; records that failed in it are counted and alerted apart. */
    static final List<RunStatus> SUCCESSFUL = List.of(RunStatus.SUCCEEDED, RunStatus.PARTIAL);

    private final SyncStore store;
    private final SyncMetrics metrics;
    private final AlertRules rules;
    private final Clock clock;
    private final int windowRuns;
    private final String reviewBaseUrl;
    private final boolean webhookConfigured;
    private final Instant watchingSince;
    private final Supplier<Optional<String>> settingsRefusal;
    private AlertThrottle throttle;

    /**
     * @param windowRuns     how many latest runs the conflict rate and the dead-letter growth look at
     * @param reviewBaseUrl  the admin API's base URL, for the links in the notices
     * @param settingsRefusal why a changed mapping or policies file is not in use, if one is refused
     */
    public SyncMonitor(SyncStore store, SyncMetrics metrics, AlertRules rules, AlertThrottle throttle, Clock clock,
                       int windowRuns, String reviewBaseUrl, boolean webhookConfigured,
                       Supplier<Optional<String>> settingsRefusal) {
        this.store = store;
        this.metrics = metrics;
        this.rules = rules;
        this.throttle = throttle;
        this.clock = clock;
        this.windowRuns = windowRuns;
        this.reviewBaseUrl = reviewBaseUrl.replaceAll("/+$", "");
        this.webhookConfigured = webhookConfigured;
        this.watchingSince = clock.instant();
        this.settingsRefusal = settingsRefusal;
    }

    /** After a cycle: counts the run in the metrics, then checks every condition. */
    public List<AlertNotice> afterCycle(RunSummary summary) {
        SyncRun run = store.runs().get(summary.runId())
                .orElseThrow(() -> new IllegalArgumentException("no run " + summary.runId()));
        metrics.runFinished(run, store.journal().countsByRun(run.id()), store.conflicts().countsByRun(run.id()));
        return observe(Optional.of(run));
    }

    /** Between cycles: checks how long ago a run succeeded, and refreshes the gauges. */
    public List<AlertNotice> check() {
        return observe(Optional.empty());
    }

    private List<AlertNotice> observe(Optional<SyncRun> finishedRun) {
        RunWindow window = new RunWindow(store.runs().recent(windowRuns + 1));
        Optional<Instant> lastSuccess = store.runs().latestWithStatus(SUCCESSFUL).map(SyncRun::finishedAt);
        Map<MappedObject, Long> deadLettersByObject = perObject(object -> store.deadLetters().count(object,
                DeadLetterStatus.OPEN));
        Map<MappedObject, Long> reviewsByObject = perObject(object -> store.reviews().count(object, ReviewStatus.OPEN));
        metrics.observed(deadLettersByObject, reviewsByObject, window.conflictsPerRun(), lastSuccess.orElse(null));
        // the alerts and their notices are about the sync as a whole
        long openDeadLetters = total(deadLettersByObject);
        long openReviews = total(reviewsByObject);

        Instant now = clock.instant();
        boolean initialReconcile = finishedRun.filter(run -> SUCCESSFUL.contains(run.status())
                && !store.runs().anyBefore(run.id(), SUCCESSFUL)).isPresent();
        List<Alert> raised = raise(rules.evaluate(new MonitorSnapshot(finishedRun, window, lastSuccess, watchingSince,
                openDeadLetters, now, initialReconcile, settingsRefusal.get())), now);
        for (Alert alert : raised) {
            LOG.warn("ALERT {}: {} (conflicts per run {}, open dead letters {}, open reviews {})", alert.condition(),
                    alert.message(), String.format("%.1f", window.conflictsPerRun()), openDeadLetters, openReviews);
        }
        if (!webhookConfigured) {
            return List.of();
        }
        return raised.stream().map(alert -> new AlertNotice(alert.condition().name(), alert.message(),
                finishedRun.map(SyncRun::id).orElse(null), now.toString(), window.conflictsPerRun(), openDeadLetters,
                openReviews, reviewBaseUrl + "/api/conflicts?status=OPEN",
                reviewBaseUrl + "/api/dead-letters?status=OPEN")).toList();
    }

    private static Map<MappedObject, Long> perObject(Function<MappedObject, Long> count) {
        return Arrays.stream(MappedObject.values()).collect(Collectors.toMap(Function.identity(), count));
    }

    private static long total(Map<MappedObject, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private synchronized List<Alert> raise(List<Alert> alerts, Instant now) {
        AlertThrottle.Admitted admitted = throttle.admit(alerts, now);
        throttle = admitted.next();
        return admitted.alerts();
    }
}
