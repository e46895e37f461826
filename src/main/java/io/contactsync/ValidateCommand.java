package io.contactsync;

import io.contactsync.config.SyncMain;

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
        return command(out).run(environment, arguments, err);
    }

    private static OneShotCommand command(PrintStream out) {
        return new OneShotCommand("contact-sync cannot check the field mapping", NOT_CHECKED, false,
                SyncMain::createValidation, (context, sandbox) -> {
                    List<String> problems = SyncLaunch.mappingProblems(context);
                    if (problems.isEmpty()) {
                        out.println("The field mapping fits Salesforce and Genesys Cloud"
                                + (sandbox ? " (the embedded sandbox's emulators: no credentials are set)." : "."));
                        return FITS;
                    }
                    problems.forEach(out::println);
                    return MISFIT;
                });
    }
}
