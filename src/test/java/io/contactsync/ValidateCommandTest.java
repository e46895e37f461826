package io.contactsync;

import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import io.contactsync.testing.LaunchEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar contact-sync.jar validate}: the mapping against the systems {@code run} would use, one line per
 * problem, and an exit status a CI pipeline can act on.
 */
class ValidateCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void thePackagedMappingFitsTheSandboxWithoutCredentials() {
        int status = validate(sandboxPorts());

        assertThat(status).isEqualTo(ValidateCommand.FITS);
        assertThat(printed(out)).isEqualTo("The field mapping fits Salesforce and Genesys Cloud (the embedded"
                + " sandbox's emulators: no credentials are set).\n");
        assertThat(printed(err)).isEmpty();
    }

    @Test
    void aMappingThatDoesNotFitTheConfiguredSystemsPrintsEachProblemAndExitsOne() throws IOException {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.onFreePorts())) {
            Map<String, String> environment = LaunchEnvironment.credentials(sandbox, sandbox.settings().salesforce().password());
            environment.put("SYNC_MAPPING_FILE", misfittingMapping().toString());

            int status = validate(environment);

            assertThat(status).isEqualTo(ValidateCommand.MISFIT);
            assertThat(printed(out).lines()).containsExactly(
                    "salesforce.genesysIdField: Genesys_Id__c is not a field of Contact",
                    "fields.title.genesys.path: jobTitle is not a property of a Genesys Cloud external contact"
                            + " (address.address1, address.address2, address.city, address.countryCode,"
                            + " address.postalCode, address.state, cellPhone, externalOrganization.id, firstName, homePhone, lastName,"
                            + " middleName, notes, otherEmail, otherPhone, personalEmail, salutation, surveyOptOut,"
                            + " title, workEmail, workPhone, or customFields.<name>)",
                    "fields.title.salesforce.maxLength: 300 is more than the 128 characters Contact.Title holds");
        }
    }

    @Test
    void aSystemThatRefusesTheLoginLeavesTheMappingUncheckedAndExitsTwo() {
        try (Sandbox sandbox = Sandbox.start(SandboxSettings.onFreePorts())) {
            int status = validate(LaunchEnvironment.credentials(sandbox, "not-the-password"));

            assertThat(status).isEqualTo(ValidateCommand.NOT_CHECKED);
            assertThat(printed(out)).isEmpty();
            assertThat(printed(err)).startsWith("contact-sync cannot check the field mapping:\n"
                    + "  - Salesforce refused the login");
        }
    }

    @Test
    void aSettingThatCannotWorkIsReportedBeforeAnyCheck() {
        Map<String, String> environment = sandboxPorts();
        environment.put("SYNC_MAPPING_FILE", dir.resolve("missing.yaml").toString());

        int status = validate(environment);

        assertThat(status).isEqualTo(ValidateCommand.NOT_CHECKED);
        assertThat(printed(err)).startsWith("contact-sync cannot check the field mapping:\n  - SYNC_MAPPING_FILE: ");
    }

    private int validate(Map<String, String> environment) {
        return ValidateCommand.run(environment, List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path misfittingMapping() throws IOException {
        return Files.writeString(dir.resolve("mapping.yaml"), """
                salesforce:
                  genesysIdField: Genesys_Id__c
                fields:
                  lastName:
                    salesforce: { field: LastName, required: true }
                    genesys: { path: lastName }
                  title:
                    salesforce: { field: Title, maxLength: 300 }
                    genesys: { path: jobTitle }
                """);
    }

    private static Map<String, String> sandboxPorts() {
        return new HashMap<>(Map.of("SANDBOX_SALESFORCE_PORT", String.valueOf(LaunchEnvironment.freePort()),
                "SANDBOX_GENESYS_PORT", String.valueOf(LaunchEnvironment.freePort())));
    }

    private static String printed(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
