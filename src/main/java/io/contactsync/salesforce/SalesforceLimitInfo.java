package io.contactsync.salesforce;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Salesforce's {@code Sforce-Limit-Info} response header ({@code api-usage=18/5000}, possibly followed by
 * {@code ; per-app-api-usage=...}). Salesforce limits API calls by a rolling daily allowance, not per minute: once it
 * is used up, calls are refused with 403 {@code REQUEST_LIMIT_EXCEEDED} and no {@code Retry-After}. No I/O.
 */
public final class SalesforceLimitInfo {

    public static final String HEADER = "Sforce-Limit-Info";

    private static final Pattern API_USAGE = Pattern.compile("(?:^|[;,\\s])api-usage=(\\d{1,18})/(\\d{1,18})");

    private SalesforceLimitInfo() {
    }

    /** Whether the header says the org's API allowance is used up; false without a readable header. */
    public static boolean allowanceUsedUp(String header) {
        if (header == null) {
            return false;
        }
        Matcher usage = API_USAGE.matcher(header);
        return usage.find() && Long.parseLong(usage.group(1)) >= Long.parseLong(usage.group(2));
    }
}
