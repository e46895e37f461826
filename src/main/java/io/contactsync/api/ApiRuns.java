package io.contactsync.api;

import io.contactsync.cycle.CycleState;
import io.contactsync.cycle.DryRunReport;
import io.contactsync.cycle.RunSummary;
import io.contactsync.store.SyncStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.ExchangeBuilder;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /api/sync/run}: runs a cycle on a thread of its own, never on the web server's, and waits for it up to
 * {@code sync.api.run-wait}. A cycle that ends in time answers 200 with its summary; one still running answers 202
 * with its run so far and a {@code Location} to poll; a process stopping meanwhile answers 503 (the run goes on to
 * its end or is marked ABANDONED by the next process).
 */
public final class ApiRuns {

    private final CamelContext context;
    private final ProducerTemplate cycles;
    private final ExecutorService runners;
    private final SyncStore store;
    private final Duration wait;
    /** Completed when the Camel context begins to stop: every caller still waiting is answered at once. */
    private final CompletableFuture<Void> stopping = new CompletableFuture<>();

    public ApiRuns(CamelContext context, SyncStore store, Duration wait) {
        this.context = context;
        this.cycles = context.createProducerTemplate();
        // a cached pool: a second request must meet the cycle lock (409) at once, not queue behind the first cycle
        this.runners = context.getExecutorServiceManager().newCachedThreadPool(this, "api-sync-run");
        this.store = store;
        this.wait = wait;
    }

    /** The route's step: answers the call with the summary (200), the run so far (202) or a refusal. */
    public void run(Exchange call) throws Exception {
        Exchange cycle = ExchangeBuilder.anExchange(context).withHeader("trigger", "api").build();
        CompletableFuture<Exchange> done = CompletableFuture.supplyAsync(
                () -> cycles.send("direct:sync-cycle", cycle), runners);
        try {
            CompletableFuture.anyOf(done, stopping).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answerRunning(call, cycle);
            return;
        } catch (ExecutionException e) {
            throw asException(e.getCause());
        }
        if (!done.isDone()) {
            throw new ApiError(503, "the sync is stopping; the run started by this call ends before it stops or is"
                    + " marked ABANDONED (see GET /api/runs)");
        }
        Exchange finished = done.get();
        if (finished.getException() != null) {
            throw finished.getException();
        }
        call.getMessage().setBody(finished.getMessage().getBody(RunSummary.class));
        call.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    /**
     * {@code POST /api/sync/run?dryRun=true}: runs a dry run on a thread of its own and waits for it to end (it writes
     * nothing, so there is no run to poll); answers 200 with its report, whose pairs the route trims to {@code limit}.
     */
    public DryRunReport dryRun() throws Exception {
        Exchange dryRun = ExchangeBuilder.anExchange(context).withHeader("trigger", "api").build();
        CompletableFuture<Exchange> done = CompletableFuture.supplyAsync(
                () -> cycles.send("direct:dry-run-cycle", dryRun), runners);
        try {
            CompletableFuture.anyOf(done, stopping).get();
        } catch (ExecutionException e) {
            throw asException(e.getCause());
        }
        if (!done.isDone()) {
            throw new ApiError(503, "the sync is stopping; the dry run started by this call was not finished");
        }
        Exchange finished = done.get();
        if (finished.getException() != null) {
            throw finished.getException();
        }
        return finished.getMessage().getBody(DryRunReport.class);
    }

    /** The Camel context begins to stop: callers still waiting are answered now, while the server still answers. */
    public void stopping() {
        stopping.complete(null);
    }

    private void answerRunning(Exchange call, Exchange cycle) {
        CycleState opened = cycle.getProperty("cycle", CycleState.class);
        if (opened == null) {
            throw new ApiError(503, "the cycle has not started within " + wait.toSeconds() + " s; see GET /api/runs");
        }
        RunSummary soFar = store.runs().get(opened.runId()).map(RunSummary::of)
                .orElseThrow(() -> new IllegalStateException("no run " + opened.runId()));
        call.getMessage().setBody(soFar);
        call.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
        call.getMessage().setHeader("Location", "/api/runs/" + opened.runId());
    }

    private static Exception asException(Throwable failure) {
        return failure instanceof Exception exception ? exception : new IllegalStateException(failure);
    }
}
