package io.contactsync.bench;

import io.contactsync.config.ConnectionSettings;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The emulators the benchmark runs against. By default they run in a child JVM, so that the benchmark's own
 * heap holds only the sync under test (the emulators keep every contact in memory); embedded, they share the
 * benchmark's JVM (quick, for the smoke test; the peak heap then includes them).
 */
final class BenchSandbox implements AutoCloseable {

    /** Enough for any benchmark: the Salesforce emulator enforces the org's daily API allowance. */
    private static final int DAILY_API_REQUESTS = 1_000_000_000;
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final SandboxSettings settings;
    private final Sandbox embedded;
    private final Process process;

    private BenchSandbox(SandboxSettings settings, Sandbox embedded, Process process) {
        this.settings = settings;
        this.embedded = embedded;
        this.process = process;
    }

    static BenchSandbox embedded() {
        SandboxSettings free = SandboxSettings.onFreePorts();
        SandboxSettings.Salesforce sf = free.salesforce();
        SandboxSettings settings = new SandboxSettings(free.host(), 0, 0, new SandboxSettings.Salesforce(
                sf.clientId(), sf.clientSecret(), sf.username(), sf.password(), sf.tokenLifetime(), DAILY_API_REQUESTS),
                free.genesys());
        Sandbox sandbox = Sandbox.start(settings);
        return new BenchSandbox(settings, sandbox, null);
    }

    /** {@code java -cp <this classpath> io.contactsync.Application sandbox} on two free ports. */
    static BenchSandbox childProcess(String heap, Path log) {
        int salesforcePort = freePort();
        int genesysPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "io.contactsync.Application", "sandbox", "--salesforce-port=" + salesforcePort,
                "--genesys-port=" + genesysPort));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SANDBOX_SALESFORCE_DAILY_API_REQUESTS", String.valueOf(DAILY_API_REQUESTS));
        SandboxSettings settings = SandboxSettings.from(new String[]{"--salesforce-port=" + salesforcePort,
                "--genesys-port=" + genesysPort}, Map.of());
        try {
            BenchSandbox sandbox = new BenchSandbox(settings, null, builder.start());
            sandbox.awaitStarted(log.toFile());
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the sandbox process", e);
        }
    }

    String salesforceUrl() {
        return embedded != null ? embedded.salesforce().baseUrl()
                : "http://" + settings.host() + ":" + settings.salesforcePort();
    }

    String genesysUrl() {
        return embedded != null ? embedded.genesys().baseUrl()
                : "http://" + settings.host() + ":" + settings.genesysPort();
    }

    SandboxSettings settings() {
        return settings;
    }

    /** How the sync reaches both emulators: their URLs and demo credentials. */
    ConnectionSettings connections() {
        SandboxSettings.Salesforce sf = settings.salesforce();
        SandboxSettings.Genesys gc = settings.genesys();
        return new ConnectionSettings(
                new ConnectionSettings.Salesforce(salesforceUrl(), sf.clientId(), sf.clientSecret(), sf.username(),
                        sf.password(), null),
                new ConnectionSettings.Genesys(genesysUrl(), genesysUrl(), gc.clientId(), gc.clientSecret()), true);
    }

    String describe() {
        return embedded != null ? "embedded (in the benchmark's JVM)" : "child JVM (pid " + process.pid() + ")";
    }

    private void awaitStarted(File log) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the sandbox process exited with " + process.exitValue()
                        + "; see " + log);
            }
            if (answers(http, salesforceUrl()) && answers(http, genesysUrl())) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("the sandbox process did not answer within " + STARTUP + "; see " + log);
    }

    private static boolean answers(HttpClient http, String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/__sandbox/limits"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
            return;
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
