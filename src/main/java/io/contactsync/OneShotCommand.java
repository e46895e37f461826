package io.contactsync;

import io.contactsync.config.ConnectionSettings;
import io.contactsync.config.SettingsCheck;
import io.contactsync.sandbox.Sandbox;
import io.contactsync.sandbox.SandboxSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the commands that run once and exit ({@code validate}, {@code plan}) share: the settings checked, the embedded
 * sandbox started when no credentials are set, the sync's Camel Main started, the command's work, everything stopped;
 * a reason the work could not be done printed one line each, with the command's exit status.
 *
 * @param cannot        the line heading the reasons ("contact-sync cannot ...:")
 * @param notDoneStatus the exit status when the work could not be done
 * @param demo          whether the sandbox gets the demo's contacts and settings (as {@code run} does)
 * @param mains         the command's Camel Main, from the connection settings and the environment
 */
record OneShotCommand(String cannot, int notDoneStatus, boolean demo,
                      BiFunction<ConnectionSettings, Map<String, String>, Main> mains, Work work) {

    /** The command's work on the started sync; answers the exit status. */
    interface Work {
        int run(CamelContext context, boolean sandbox) throws Exception;
    }

    /** @param options the sandbox's options ({@code --salesforce-port=N} ...) */
    int run(Map<String, String> environment, List<String> options, PrintStream err) {
        List<String> settingProblems = SettingsCheck.problems(environment, options);
        if (!settingProblems.isEmpty()) {
            return notDone(settingProblems, err);
        }
        Map<String, String> settings = new HashMap<>(environment);
        ConnectionSettings connections = ConnectionSettings.fromEnvironment(settings);
        Sandbox sandbox = null;
        Main main = null;
        try {
            if (connections.sandbox()) {
                sandbox = Sandbox.start(SandboxSettings.from(options.toArray(String[]::new), settings));
                connections = demo ? SyncLaunch.startDemo(sandbox, settings)
                        : ConnectionSettings.forSandbox(sandbox);
            }
            main = mains.apply(connections, settings);
            main.start();
            return work.run(main.getCamelContext(), sandbox != null);
        } catch (Exception e) {
            return notDone(StartupFailure.lines(e, environment), err);
        } finally {
            stop(main);
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** Prints why the work could not be done, one line per reason. */
    private int notDone(List<String> reasons, PrintStream err) {
        err.println(cannot + ":");
        reasons.forEach(reason -> err.println("  - " + reason));
        return notDoneStatus;
    }

    private static void stop(Main main) {
        if (main != null) {
            try {
                main.stop();
            } catch (Exception e) {
                // the command is done: nothing left to report it to
            }
        }
    }
}
