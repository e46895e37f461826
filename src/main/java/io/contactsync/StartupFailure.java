package io.contactsync;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Why the sync could not start, in one line naming the setting to fix, from the exception that stopped it. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String describe(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        String messages = String.join(" | ", chain.stream().map(t -> String.valueOf(t.getMessage())).toList());
        String lower = messages.toLowerCase(Locale.ROOT);
        boolean salesforce = chain.stream().anyMatch(StartupFailure::fromSalesforce);
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
            return "Salesforce cannot be reached at SALESFORCE_LOGIN_URL (" + describeCause(unreachable) + ")";
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

    private static boolean fromSalesforce(Throwable t) {
        return t.getClass().getName().contains(".salesforce.") || String.valueOf(t.getMessage()).contains("salesforce")
                || java.util.Arrays.stream(t.getStackTrace()).limit(30)
                .anyMatch(frame -> frame.getClassName().startsWith("org.apache.camel.component.salesforce."));
    }

    private static String describeCause(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
