package io.contactsync.sync;

import io.contactsync.cycle.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Routes loaded from a folder (a mounted ConfigMap): editing a file and restarting changes behaviour. */
class RoutesFromFolderScenarioTest {

    private static final List<String> ROUTE_FILES = List.of("admin-api", "admin-operations", "call-genesys", "check-mapping",
            "error-handling", "fetch-requested", "monitor", "pair-records", "poll-genesys", "poll-salesforce",
            "route-pair", "sync-cycle", "trigger",
            "write-genesys", "write-salesforce");

    @TempDir
    Path data;
    SyncHarness sync;

    @AfterEach
    void stop() {
        sync.close();
    }

    @Test
    void anEditedRouteFileChangesWhatTheSyncDoes() throws IOException {
        Path routes = Files.createDirectories(data.resolve("routes"));
        for (String name : ROUTE_FILES) {
            try (InputStream in = getClass().getResourceAsStream("/routes/" + name + ".camel.yaml")) {
                Files.copy(in, routes.resolve(name + ".camel.yaml"));
            }
        }
        // an integration engineer decides Genesys-only contacts are not to be created in Salesforce
        Path routePair = routes.resolve("route-pair.camel.yaml");
        String original = Files.readString(routePair);
        String edited = original.replace("${header.MatchKind} == 'IGNORED'", "${header.MatchKind} in 'IGNORED,ONLY_GENESYS'");
        assertThat(edited).isNotEqualTo(original);
        Files.writeString(routePair, edited);

        sync = new SyncHarness(data.resolve("db"), Map.of("SYNC_ROUTES_DIR", routes.toString()));
        Map<String, Object> seed = Map.of("count", 6, "seed", 2, "sharedShare", 0.0, "differingShare", 0.0);
        sync.apis.salesforceControl("POST", "/seed", seed);
        sync.apis.genesysControl("POST", "/seed", seed);

        RunSummary run = sync.runCycle();

        assertThat(run.counts().errors()).isZero();
        assertThat(sync.apis.genesysContacts()).hasSize(12);
        assertThat(sync.apis.salesforceContacts()).hasSize(6)
                .allMatch(c -> c.path("Email").asText().toLowerCase(Locale.ROOT).endsWith("@sf.example.com"));
    }
}
