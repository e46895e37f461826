package io.contactsync.monitor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code endpoint} label of an API call: method and path with record ids and the API version replaced, so the
 * label says which kind of call failed without one series per record. No I/O.
 */
public final class ApiEndpoints {

    /** A Salesforce id (15 or 18 characters, with digits) or a Genesys Cloud UUID. */
    private static final Pattern RECORD_ID = Pattern.compile(
            "(?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{15}([A-Za-z0-9]{3})?|[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern SALESFORCE_VERSION = Pattern.compile("^/services/data/v[0-9.]+");

    private ApiEndpoints() {
    }

    /**
     * A camel-salesforce call: {@code "POST /composite/sobjects"} for a raw call (its path from the endpoint URI or,
     * when not there, the {@code rawPath} header), the operation name ({@code "queryAll"}) for the others.
     */
    public static String salesforce(String endpointUri, String rawPathHeader) {
        // Camel's normalised form is "salesforce://raw?rawMethod=...&rawPath=%2Fservices...", the routes' "salesforce:raw?..."
        String withoutScheme = endpointUri.substring(endpointUri.indexOf(':') + 1).replaceFirst("^/+", "");
        int query = withoutScheme.indexOf('?');
        String operation = query < 0 ? withoutScheme : withoutScheme.substring(0, query);
        if (!"raw".equals(operation)) {
            return operation;
        }
        Map<String, String> options = query < 0 ? Map.of() : Arrays.stream(withoutScheme.substring(query + 1).split("&"))
                .map(option -> option.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "", (a, b) -> a));
        String path = options.getOrDefault("rawPath", rawPathHeader == null ? "" : rawPathHeader);
        return options.getOrDefault("rawMethod", "GET") + " " + template(SALESFORCE_VERSION.matcher(path).replaceFirst(""));
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
