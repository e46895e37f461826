package io.contactsync.testing;

import io.contactsync.sandbox.Sandbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Environments for starting the sync (or a command) as the application does, in tests. */
public final class LaunchEnvironment {

    private LaunchEnvironment() {
    }

    /**
     * The variables of a deployment against real systems, pointing at the sandbox's emulators: the sync then runs as
     * outside the demo. A map the caller may add to.
     */
    public static Map<String, String> credentials(Sandbox sandbox, String salesforcePassword) {
        return new HashMap<>(Map.of(
                "SALESFORCE_LOGIN_URL", sandbox.salesforce().baseUrl(),
                "SALESFORCE_CLIENT_ID", sandbox.settings().salesforce().clientId(),
                "SALESFORCE_CLIENT_SECRET", sandbox.settings().salesforce().clientSecret(),
                "SALESFORCE_USERNAME", sandbox.settings().salesforce().username(),
                "SALESFORCE_PASSWORD", salesforcePassword,
                "GENESYS_LOGIN_URL", sandbox.genesys().baseUrl(),
                "GENESYS_API_URL", sandbox.genesys().baseUrl(),
                "GENESYS_CLIENT_ID", sandbox.settings().genesys().clientId(),
                "GENESYS_CLIENT_SECRET", sandbox.settings().genesys().clientSecret()));
    }

    /** The schedule off, the state store and cluster files under {@code data}, the server ports free. */
    public static Map<String, String> local(Path data) {
        return new HashMap<>(Map.of(
                "SYNC_SCHEDULE", "off",
                "SYNC_CLUSTER_DIR", data.resolve("cluster").toString(),
                "SYNC_DB_URL", "jdbc:h2:file:" + data.resolve("contact-sync").toAbsolutePath(),
                "CAMEL_SERVER_PORT", String.valueOf(freePort()),
                "CAMEL_MANAGEMENT_PORT", String.valueOf(freePort())));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
