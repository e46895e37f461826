package io.contactsync;

import io.contactsync.config.SettingsCheck;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point. {@code run} (the default) runs the sync, against the embedded sandbox when no credentials
 * are configured; {@code validate} checks the field mapping against the systems {@code run} would use and exits 0
 * when it fits; {@code plan} makes one dry run and writes its report; {@code sandbox} runs only the two emulators
 * until stopped.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "run";
        String[] rest = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "sandbox" -> runSandbox(rest);
            case "run" -> runSync(rest);
            case "validate" -> System.exit(ValidateCommand.run(System.getenv(), List.of(rest), System.out,
                    System.err));
            case "plan" -> System.exit(PlanCommand.run(System.getenv(), List.of(rest), System.out, System.err));
            case "bench" -> io.contactsync.bench.Benchmark.main(rest);
            default -> {
                System.err.println("Unknown command '" + command + "'. Usage: contact-sync [run | validate | plan [FILE] | sandbox]"
                        + " [--salesforce-port=N] [--genesys-port=N] [--host=H]");
                System.exit(2);
            }
        }
    }

    private static void runSandbox(String[] args) throws InterruptedException {
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(SandboxSettings.from(args, System.getenv()));
        } catch (RuntimeException e) {
            exitWith(List.of(StartupFailure.describe(e, System.getenv())));
            return;
        }
        sandbox.banner().forEach(System.out::println);
        System.out.println("Control API: POST /__sandbox/reset | /__sandbox/seed | /__sandbox/faults | "
                + "/__sandbox/limits, GET /__sandbox/stats on each emulator; POST /__sandbox/fields on Salesforce."
                + " Stop with Ctrl+C.");
        runUntilStopped(sandbox);
    }

    /** Starts the sync; a setting that cannot work ends the process with every problem listed, one line each. */
    private static void runSync(String[] args) throws InterruptedException {
        Map<String, String> environment = System.getenv();
        List<String> problems = SettingsCheck.problems(environment, List.of(args));
        if (!problems.isEmpty()) {
            exitWith(problems);
        }
        SyncLaunch launch;
        try {
            // a login refused in the background (wrong credentials) ends the process as a failed start does
            launch = SyncLaunch.start(environment, List.of(args), System.out,
                    refused -> exitWith(StartupFailure.lines(refused, environment)));
        } catch (Exception e) {
            exitWith(StartupFailure.lines(e, environment));
            return;
        }
        runUntilStopped(launch);
    }

    /** Until Ctrl+C (or a TERM signal), which closes {@code running} quietly. */
    private static void runUntilStopped(AutoCloseable running) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                // the process is ending: nothing left to report it to
            } finally {
                stopped.countDown();
            }
        }, "contact-sync-shutdown"));
        stopped.await();
    }

    private static void exitWith(List<String> problems) {
        System.err.println("contact-sync cannot start:");
        problems.forEach(problem -> System.err.println("  - " + problem));
        System.exit(1);
    }
}
