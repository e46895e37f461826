package io.contactsync.sandbox.genesys;

import io.vertx.core.MultiMap;

import java.util.Locale;
import java.util.Set;

/**
 * The parameters of {@code GET /api/v2/externalcontacts/contacts}: free-text {@code q}, 1-based
 * {@code pageNumber}, {@code pageSize} and {@code sortOrder} ({@code field:asc|desc} on firstName, lastName,
 * middleName or title).
 */
record SearchRequest(String q, int pageSize, int pageNumber, String sortField, boolean descending) {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final Set<String> SORT_FIELDS = Set.of("firstName", "lastName", "middleName", "title");

    /**
     * @throws EmulatedGenesysError 400 for a bad parameter or a page beyond the result cap
     */
    static SearchRequest parse(MultiMap params, GenesysBehaviour behaviour) {
        int pageSize = QueryParams.intParam(params, "pageSize", DEFAULT_PAGE_SIZE, 1, behaviour.searchMaxPageSize());
        int pageNumber = QueryParams.intParam(params, "pageNumber", 1, 1, Integer.MAX_VALUE);
        if ((long) pageNumber * pageSize > behaviour.searchResultCap()) {
            throw EmulatedGenesysError.badRequest("Only the first " + behaviour.searchResultCap()
                    + " results can be paged through: pageNumber * pageSize must be at most "
                    + behaviour.searchResultCap() + ", not " + (long) pageNumber * pageSize + ".");
        }
        String sortOrder = QueryParams.text(params, "sortOrder");
        String sortField = null;
        boolean descending = false;
        if (sortOrder != null) {
            String[] parts = sortOrder.split(":", -1);
            sortField = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (!SORT_FIELDS.contains(sortField) || parts.length > 2
                    || !(direction.equals("asc") || direction.equals("desc"))) {
                throw EmulatedGenesysError.badRequest("sortOrder must be field:asc or field:desc with field one of "
                        + "firstName, lastName, middleName, title; not '" + sortOrder + "'.");
            }
            descending = direction.equals("desc");
        }
        return new SearchRequest(QueryParams.text(params, "q"), pageSize, pageNumber, sortField, descending);
    }

    String sortOrder() {
        return sortField == null ? null : sortField + ":" + (descending ? "desc" : "asc");
    }

    /** The relative URI of another page of the same search. */
    String uriOfPage(int page) {
        return "/api/v2/externalcontacts/contacts?pageSize=" + pageSize + "&pageNumber=" + page
                + QueryParams.pair("q", q) + QueryParams.pair("sortOrder", sortOrder());
    }
}
