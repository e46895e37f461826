package io.contactsync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.testing.LaunchEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar contact-sync.jar plan [FILE]}: one dry run, its counts printed, its whole report in FILE. */
class PlanCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void previewsTheSandboxDemoWithoutCredentialsAndWritesTheReportAsJson() throws IOException {
        Path file = dir.resolve("preview.json");

        int status = plan(List.of(file.toString()));

        assertThat(status).as(printed(err)).isEqualTo(PlanCommand.PLANNED);
        JsonNode report = new ObjectMapper().readTree(file.toFile());
        int creates = report.path("counts").path("createInSalesforce").asInt()
                + report.path("counts").path("createInGenesys").asInt();
        assertThat(creates).isPositive();
        assertThat(report.path("pairs")).hasSize(report.path("pairCount").asInt());
        assertThat(printed(out)).startsWith("Dry run against the embedded sandbox's demo (no credentials are set):"
                + " nothing was written. A cycle now would:\n  create ")
                .contains("The report (" + report.path("pairCount").asInt() + " pairs) is in " + file.toAbsolutePath());
    }

    @Test
    void aFileEndingInCsvGetsTheReportAsCsv() throws IOException {
        Path file = dir.resolve("preview.csv");

        int status = plan(List.of(file.toString()));

        assertThat(status).as(printed(err)).isEqualTo(PlanCommand.PLANNED);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(
                "salesforceId,genesysId,action,side,operation,field,newValue,salesforceValue,genesysValue,policy,winner");
    }

    private int plan(List<String> arguments) {
        Map<String, String> environment = LaunchEnvironment.local(dir);
        environment.put("SANDBOX_SALESFORCE_PORT", String.valueOf(LaunchEnvironment.freePort()));
        environment.put("SANDBOX_GENESYS_PORT", String.valueOf(LaunchEnvironment.freePort()));
        return PlanCommand.run(environment, arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String printed(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
