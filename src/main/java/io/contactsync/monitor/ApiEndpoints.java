package io.contactsync.monitor;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code endpoint} label of an API call: method and path with record ids and the API version replaced, so the
 * label says which kind of call failed without one series per record. No I/O.
 */
public final class ApiEndpoints {

    /**
     * A Salesforce id (15 or 18 characters, with digits), a Salesforce query locator (an id and the offset:
     * {@code 01gD0000002HU6KIAW-2000}) or a Genesys Cloud UUID.
     */
    private static final Pattern RECORD_ID = Pattern.compile("(?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{15}([A-Za-z0-9]{3})?(-\\d+)?"
            + "|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern SALESFORCE_VERSION = Pattern.compile("^/services/data/v[0-9.]+");

    private ApiEndpoints() {
    }

    /**
     * A Salesforce call as its HTTP client sent it: {@code "POST /composite/sobjects"}, {@code "GET /queryAll"}, the
     * REST API's version left out; a login is {@code "POST /services/oauth2/token"}.
     */
    public static String salesforce(String method, String path) {
        String withoutVersion = SALESFORCE_VERSION.matcher(path == null ? "" : path).replaceFirst("");
        return (method == null ? "GET" : method) + " " + template(withoutVersion.replaceFirst("(?<=.)/$", ""));
    }

    /** A Genesys Cloud call: {@code "PUT /api/v2/externalcontacts/contacts/{id}"}. */
    public static String genesys(String method, String path) {
        return (method == null ? "GET" : method) + " " + template(path == null ? "" : path);
    }

    private static String template(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(segment -> RECORD_ID.matcher(segment).matches() ? "{id}" : segment)
                .collect(Collectors.joining("/"));
    }
}
