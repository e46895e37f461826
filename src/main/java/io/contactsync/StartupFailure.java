package io.contactsync;

import io.contactsync.mapping.MappingMismatchException;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why the sync could not start, in one line naming the setting to fix, from the exception that stopped it; a field
 * mapping that does not fit the systems in one line per problem, each naming the mapping key.
 */
final class StartupFailure {

    private StartupFailure() {
    }

    /**
     * Every line to report: each problem of a field mapping that does not fit the systems, else the one line of
     * {@link #describe}.
     */
    static List<String> lines(Throwable failure, Map<String, String> environment) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MappingMismatchException mismatch) {
                return mismatch.problems();
            }
        }
        return List.of(describe(failure, environment));
    }

    static String describe(Throwable failure, Map<String, String> environment) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        String messages = String.join(" | ", chain.stream().map(t -> String.valueOf(t.getMessage())).toList());
        String lower = messages.toLowerCase(Locale.ROOT);
        boolean salesforce = chain.stream().anyMatch(t -> from(t, "salesforce"));
        boolean genesys = chain.stream().anyMatch(t -> from(t, "genesys"));
        if (salesforce && (lower.contains("invalid_grant") || lower.contains("authentication failure"))) {
            return "Salesforce refused the login (invalid_grant, authentication failure): check SALESFORCE_USERNAME"
                    + " and SALESFORCE_PASSWORD; the password must be followed by the user's security token unless"
                    + " the login IP is trusted (or use SALESFORCE_REFRESH_TOKEN)";
        }
        if (salesforce && lower.contains("invalid_client")) {
            return "Salesforce does not know the connected app: check SALESFORCE_CLIENT_ID and"
                    + " SALESFORCE_CLIENT_SECRET (the consumer key and secret)";
        }
        Throwable unreachable = chain.stream().filter(t -> t instanceof ConnectException
                || t instanceof UnknownHostException || t instanceof UnresolvedAddressException).findFirst().orElse(null);
        if (salesforce && unreachable != null) {
            return "Salesforce cannot be reached at SALESFORCE_LOGIN_URL=" + environment.get("SALESFORCE_LOGIN_URL")
                    + " (" + describeCause(unreachable) + ")";
        }
        if (genesys && unreachable != null) {
            return "Genesys Cloud cannot be reached at its login host (GENESYS_REGION, or GENESYS_LOGIN_URL="
                    + environment.get("GENESYS_LOGIN_URL") + "): " + describeCause(unreachable);
        }
        if (genesys && (lower.contains("answered 401") || lower.contains("answered 400"))) {
            return "Genesys Cloud refused the OAuth client: check GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (a client"
                    + " credentials grant of this region, GENESYS_REGION)";
        }
        Throwable bind = chain.stream().filter(t -> t instanceof BindException || String.valueOf(t.getMessage())
                .toLowerCase(Locale.ROOT).contains("address already in use")).findFirst().orElse(null);
        if (bind != null) {
            return "A port is already in use (" + bind.getMessage() + "): set CAMEL_SERVER_PORT, CAMEL_MANAGEMENT_PORT"
                    + " (or SANDBOX_SALESFORCE_PORT, SANDBOX_GENESYS_PORT in the demo) to free ports";
        }
        Throwable root = chain.get(chain.size() - 1);
        return "Could not start: " + describeCause(root);
    }

    /** Thrown by, or on the way through, the code that talks to {@code system}. */
    private static boolean from(Throwable t, String system) {
        String part = "." + system + ".";
        return t.getClass().getName().contains(part)
                || Arrays.stream(t.getStackTrace()).limit(30).anyMatch(frame -> frame.getClassName().contains(part));
    }

    private static String describeCause(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
