package io.contactsync;

import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SyncMain;
import io.contactsync.sandbox.DemoActivity;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.sandbox.SeedRequest;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Entry point. {@code run} (the default) runs the sync, against the embedded sandbox when no credentials
 * are configured; {@code sandbox} runs only the two emulators until stopped.
 */
public final class Application {

    private static final int DEMO_CONTACTS = 60;

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "run";
        String[] rest = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "sandbox" -> runSandbox(rest);
            case "run" -> runSync(rest);
            case "bench" -> io.contactsync.bench.Benchmark.main(rest);
            default -> {
                System.err.println("Unknown command '" + command + "'. Usage: contact-sync [run | sandbox]"
                        + " [--salesforce-port=N] [--genesys-port=N] [--host=H]");
                System.exit(2);
            }
        }
    }

    private static void runSandbox(String[] args) throws InterruptedException {
        Sandbox sandbox = Sandbox.start(SandboxSettings.from(args, System.getenv()));
        sandbox.banner().forEach(System.out::println);
        System.out.println("Control API: POST /__sandbox/reset | /__sandbox/seed | /__sandbox/faults | "
                + "/__sandbox/limits, GET /__sandbox/stats on each emulator. Stop with Ctrl+C.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        stopped.await();
    }

    private static void runSync(String[] args) throws Exception {
        Map<String, String> environment = System.getenv();
        ConnectionSettings connections = ConnectionSettings.fromEnvironment(environment);
        if (connections.sandbox()) {
            Sandbox sandbox = startDemoSandbox(args, environment);
            connections = ConnectionSettings.forSandbox(sandbox);
        }
        SyncMain.create(connections, environment).run(args);
    }

    /** No credentials: the emulators, demo contacts, and demo users who keep editing both sides. */
    private static Sandbox startDemoSandbox(String[] args, Map<String, String> environment) {
        Sandbox sandbox = Sandbox.start(SandboxSettings.from(args, environment));
        SeedRequest seed = new SeedRequest(DEMO_CONTACTS, 7, 0.5, 0.3, false);
        sandbox.salesforce().emulator().seed(seed);
        sandbox.genesys().emulator().seed(seed);
        System.out.println("No Salesforce or Genesys Cloud credentials configured: running against the embedded"
                + " sandbox with " + DEMO_CONTACTS + " demo contacts per side.");
        sandbox.banner().forEach(System.out::println);
        System.out.println("Dashboard: http://localhost:8080/   Hawtio: http://localhost:8080/hawtio   Admin API:"
                + " http://localhost:8080/api/runs (POST /api/sync/run runs a cycle now)   Health:"
                + " http://localhost:9876/observe/health");
        DemoActivity demo = new DemoActivity(sandbox, 11);
        ScheduledExecutorService editors = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "demo-editors");
            thread.setDaemon(true);
            return thread;
        });
        editors.scheduleWithFixedDelay(() -> {
            try {
                demo.editRound(3, 1);
            } catch (Exception e) {
                System.out.println("Demo edits failed this round: " + e.getMessage());
            }
        }, 45, 60, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            editors.shutdownNow();
            sandbox.close();
        }, "sandbox-shutdown"));
        return sandbox;
    }
}
