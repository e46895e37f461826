package io.contactsync;

import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import org.apache.camel.main.Main;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point. {@code run} (the default) runs the sync; {@code sandbox} runs only the two emulators until
 * stopped.
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
        Main main = new Main(Application.class);
        main.run(args);
    }
}
