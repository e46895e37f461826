package io.contactsync.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.Side;
import io.contactsync.sandbox.DemoActivity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code java -jar contact-sync.jar bench ...}: contact-sync and the original brief's baseline on the same
 * workloads against the sandbox emulators, in one run. For each size N: seed N contacts per side (half of them
 * on both sides by email, a tenth of those differing), measure the initial reconcile, then incremental cycles
 * after k edits each; the same again with the baseline on an identically seeded sandbox. With
 * {@code --organizations=M}, both sides also hold the same M companies, most contacts attached to one. Prints a table and
 * writes the report as JSON.
 */
public final class Benchmark {

    private static final Runnable NOTHING = () -> {
    };

    private final BenchOptions options;
    private final BenchSandbox sandbox;
    private final Path dataDirectory;
    private final EmulatorClient integrationUser;
    private final EmulatorClient editor;
    private final BenchFields fields;

    private Benchmark(BenchOptions options, BenchSandbox sandbox, Path dataDirectory) {
        this.options = options;
        this.fields = BenchFields.upTo(options.fields());
        this.sandbox = sandbox;
        this.dataDirectory = dataDirectory;
        this.integrationUser = new EmulatorClient(sandbox, sandbox.settings().salesforce().username());
        this.editor = new EmulatorClient(sandbox, DemoActivity.EDITOR_USERNAME);
    }

    /** The {@code bench} command. */
    public static void main(String[] args) throws IOException {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        BenchReport report = run(options);
        System.out.println(report.table());
        System.out.println("Report written to " + options.out().toAbsolutePath());
    }

    /** Runs every workload of {@code options} and writes the JSON report to {@code options.out()}. */
    static BenchReport run(BenchOptions options) throws IOException {
        Path data = Files.createTempDirectory("contact-sync-bench");
        try (BenchSandbox sandbox = options.embedded() ? BenchSandbox.embedded()
                : BenchSandbox.childProcess(options.sandboxHeap(), data.resolve("sandbox.log"))) {
            BenchReport report = BenchReport.of(environment(options, sandbox),
                    new Benchmark(options, sandbox, data).measureAll());
            Path parent = options.out().toAbsolutePath().getParent();
            Files.createDirectories(parent);
            EmulatorClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.out().toFile(), report);
            return report;
        }
    }

    private List<Measurement> measureAll() {
        List<Measurement> measurements = new ArrayList<>();
        for (int n : options.sizes()) {
            for (String sync : options.syncs()) {
                measurements.addAll(measureSize(n, sync, sync.equals(Measurement.BASELINE)
                        ? () -> new BaselineSync(integrationUser)
                        : () -> new ContactSyncRunner(sandbox.connections(), dataDirectory.resolve("db-" + n),
                        options.overlap(), fields.mappingIn(dataDirectory))));
            }
        }
        return measurements;
    }

    private List<Measurement> measureSize(int n, String name, Supplier<SyncUnderTest> start) {
        for (Side side : Side.values()) {
            integrationUser.control(side, "POST", "/reset", null);
            integrationUser.control(side, "POST", "/seed", Map.of("count", n, "seed", options.seed(),
                    "sharedShare", 0.5, "differingShare", 0.1, "companies", options.organizations()));
        }
        fields.declareAndFill(integrationUser);
        List<Measurement> measurements = new ArrayList<>();
        Editors editors = new Editors(editor, options.seed());
        try (SyncUnderTest sync = start.get()) {
            measurements.add(measure(sync, name, "initial", n, 0, NOTHING));
            pause(options.overlap().toMillis() + 1000);
            for (int k : options.changes()) {
                int made = editors.edit(k);
                measurements.add(measure(sync, name, "incremental", n, made, NOTHING));
            }
            if (options.rateLimited() && name.equals(Measurement.CONTACT_SYNC)) {
                int made = editors.edit(options.rateLimitedChanges());
                integrationUser.control(Side.GENESYS, "POST", "/limits",
                        Map.of("requestsPerMinute", BenchReport.GENESYS_REQUESTS_PER_MINUTE));
                // the limit goes before counting the contacts: at 100,000 the count alone would exceed it
                measurements.add(measure(sync, name, "incremental, rate-limited", n, made, () -> integrationUser
                        .control(Side.GENESYS, "POST", "/limits", Map.of("requestsPerMinute", 0))));
            }
        }
        return measurements;
    }

    /** Runs one cycle and measures it; {@code afterCycle} runs before the contacts on each side are counted. */
    private Measurement measure(SyncUnderTest sync, String name, String workload, int n, int k, Runnable afterCycle) {
        integrationUser.resetStats();
        HeapPeak.start();
        long started = System.nanoTime();
        String outcome = sync.runCycle();
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        long peak = HeapPeak.peakBytes();
        afterCycle.run();
        Measurement m = new Measurement(name, workload, n, k, wallMillis, integrationUser.stats(Side.SALESFORCE),
                integrationUser.stats(Side.GENESYS), peak, outcome,
                integrationUser.salesforceContacts("Id").size(), integrationUser.genesysContacts().size());
        System.out.printf("%s, %s, N=%d, k=%d: %.2f s, %d + %d calls; %s%n", name, workload, n, k, wallMillis / 1000.0,
                m.salesforceTotal(), m.genesysTotal(), outcome);
        return m;
    }

    private static Map<String, Object> environment(BenchOptions options, BenchSandbox sandbox) {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("processors", Runtime.getRuntime().availableProcessors());
        environment.put("maxHeapMB", HeapPeak.maxBytes() / 1_048_576);
        environment.put("java", System.getProperty("java.version"));
        environment.put("sandbox", sandbox.describe());
        environment.put("overlap", options.overlap().toString());
        environment.put("seed", options.seed());
        environment.put("mappedFields", BenchFields.upTo(options.fields()).packaged()
                ? FieldMapping.defaults().fields().size() : options.fields());
        environment.put("organizations", options.organizations());
        environment.put("heapNote", "peak heap = sum of the heap pools' peaks during the cycle (an upper bound),"
                + " after a GC at its start");
        return environment;
    }

    /** Lets the poll overlap pass, so that incremental cycles re-read only the edits made after it. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
