package io.contactsync;

import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SettingsCheck;
import io.contactsync.config.SyncMain;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import org.apache.camel.main.Main;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code validate}: checks the field mapping against the configured systems' schemas, with the settings {@code run}
 * would use (against the embedded sandbox's emulators when no credentials are set), prints one line per problem and
 * answers an exit status for a CI pipeline.
 */
final class ValidateCommand {

    /** The mapping fits both systems. */
    static final int FITS = 0;
    /** The mapping does not fit: one line per problem was printed. */
    static final int MISFIT = 1;
    /** The check could not run (a setting, a login, a system out of reach): the reason was printed. */
    static final int NOT_CHECKED = 2;

    private ValidateCommand() {
    }

    /**
     * @param out the problems, or the line saying the mapping fits
     * @param err why the check could not run
     * @return {@link #FITS}, {@link #MISFIT} or {@link #NOT_CHECKED}
     */
    static int run(Map<String, String> environment, List<String> arguments, PrintStream out, PrintStream err) {
        List<String> settingProblems = SettingsCheck.problems(environment, arguments);
        if (!settingProblems.isEmpty()) {
            return notChecked(settingProblems, err);
        }
        ConnectionSettings connections = ConnectionSettings.fromEnvironment(environment);
        Sandbox sandbox = null;
        Main main = null;
        try {
            if (connections.sandbox()) {
                sandbox = Sandbox.start(SandboxSettings.from(arguments.toArray(String[]::new), environment));
                connections = ConnectionSettings.forSandbox(sandbox);
            }
            main = SyncMain.createValidation(connections, environment);
            main.start();
            List<String> problems = SyncLaunch.mappingProblems(main.getCamelContext());
            if (problems.isEmpty()) {
                out.println("The field mapping fits Salesforce and Genesys Cloud"
                        + (sandbox == null ? "." : " (the embedded sandbox's emulators: no credentials are set)."));
                return FITS;
            }
            problems.forEach(out::println);
            return MISFIT;
        } catch (Exception e) {
            return notChecked(StartupFailure.lines(e, environment), err);
        } finally {
            stop(main);
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static int notChecked(List<String> reasons, PrintStream err) {
        err.println("contact-sync cannot check the field mapping:");
        reasons.forEach(reason -> err.println("  - " + reason));
        return NOT_CHECKED;
    }

    private static void stop(Main main) {
        if (main != null) {
            try {
                main.stop();
            } catch (Exception e) {
                // the check is done: nothing left to report it to
            }
        }
    }
}
