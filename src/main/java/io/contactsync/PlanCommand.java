package io.contactsync;

import io.contactsync.api.AdminApi;
import io.contactsync.config.SyncMain;
import io.contactsync.cycle.DryRunReport;
import io.contactsync.mapping.MappingMismatchException;
import org.apache.camel.CamelContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code plan [FILE]}: one dry run against the systems {@code run} would use (the embedded sandbox's demo when no
 * credentials are set): it prints the counts per action and writes the whole report to FILE ({@value #DEFAULT_FILE}
 * by default) as JSON, or as CSV when FILE ends in {@code .csv}. It writes nothing to either system or the state store.
 */
final class PlanCommand {

    /** The dry run ran; its report was written. */
    static final int PLANNED = 0;
    /** The dry run could not run (a setting, a login, a system out of reach, a cycle running): the reason was printed. */
    static final int NOT_PLANNED = 2;
    static final String DEFAULT_FILE = "dry-run-plan.json";

    private PlanCommand() {
    }

    /**
     * @param arguments the report's file name (optional, first), then the sandbox's options
     * @param out       the counts and where the report went
     * @param err       why the dry run could not run
     */
    static int run(Map<String, String> environment, List<String> arguments, PrintStream out, PrintStream err) {
        Path file = Path.of(arguments.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(DEFAULT_FILE));
        OneShotCommand command = new OneShotCommand("contact-sync cannot make the dry run", NOT_PLANNED, true,
                SyncMain::createPlan, (context, sandbox) -> plan(context, file, sandbox, out));
        return command.run(environment, arguments.stream().filter(a -> a.startsWith("-")).toList(), err);
    }

    private static int plan(CamelContext context, Path file, boolean sandbox, PrintStream out) throws Exception {
        List<String> problems = SyncLaunch.mappingProblems(context);
        if (!problems.isEmpty()) {
            throw new MappingMismatchException(problems);
        }
        DryRunReport report = context.createProducerTemplate()
                .requestBodyAndHeader("direct:dry-run-cycle", null, "trigger", "plan", DryRunReport.class);
        Files.writeString(file, file.toString().endsWith(".csv") ? report.csv()
                : AdminApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        print(report, file, sandbox, out);
        return PLANNED;
    }

    private static void print(DryRunReport report, Path file, boolean demo, PrintStream out) {
        DryRunReport.ActionCounts c = report.counts();
        out.println("Dry run" + (demo ? " against the embedded sandbox's demo (no credentials are set)" : "")
                + ": nothing was written. A cycle now would:");
        out.println("  create " + c.createInSalesforce() + " in Salesforce, " + c.createInGenesys() + " in Genesys Cloud");
        out.println("  update " + c.updateSalesforce() + " in Salesforce, " + c.updateGenesys() + " in Genesys Cloud");
        out.println("  delete " + c.deleteInSalesforce() + " in Salesforce, " + c.deleteInGenesys()
                + " in Genesys Cloud; unlink " + c.unlinks());
        out.println("  resolve " + c.conflicts() + " conflicts " + c.conflictsByPolicy() + "; open " + c.reviews()
                + " reviews");
        out.println("  leave " + c.unchanged() + " pairs unchanged, " + c.ignored() + " ignored; fail " + c.failures()
                + " records");
        if (report.holdReason() != null) {
            out.println("  be held by the mass-disappearance guard: " + report.holdReason());
        }
        out.println("The report (" + report.pairCount() + " pairs) is in " + file.toAbsolutePath());
    }
}
