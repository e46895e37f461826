package io.contactsync.model;

/**
 * Told of each HTTP call an HTTP client makes to Salesforce or Genesys Cloud below the routes: the logins, and the
 * calls camel-salesforce sends or sends again on its own. The monitor counts them.
 */
@FunctionalInterface
public interface ApiCallListener {

    /** The status of a call that got no answer (connection refused, dropped, timed out). */
    int NO_ANSWER = 0;

    /** For clients whose calls nobody counts (tools, tests). */
    ApiCallListener IGNORED = (system, method, path, status, rateLimited) -> { };

    /**
     * @param path        the request path, without the query
     * @param status      the answer's HTTP status, or {@link #NO_ANSWER}
     * @param rateLimited refused for the client's request rate or allowance: a 429, or Salesforce's 403 once the
     *                    org's API allowance is used up
     */
    void called(Side system, String method, String path, int status, boolean rateLimited);
}
