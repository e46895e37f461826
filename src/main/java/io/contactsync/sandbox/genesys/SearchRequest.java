package io.contactsync.sandbox.genesys;

import io.vertx.core.MultiMap;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of a search ({@code GET /api/v2/externalcontacts/contacts}, {@code .../organizations},
 * {@code .../organizations/{id}/contacts}): free-text {@code q}, 1-based {@code pageNumber}, {@code pageSize} and
 * {@code sortOrder} ({@code field:asc|desc} on one of the fields the search sorts by); {@code path} is the
 * searched endpoint's, for the page URIs.
 */
record SearchRequest(String path, String q, int pageSize, int pageNumber, String sortField, boolean descending) {

    static final int DEFAULT_PAGE_SIZE = 20;

    /**
     * @throws EmulatedGenesysError 400 for a bad parameter or a page beyond the result cap
     */
    static SearchRequest parse(String path, MultiMap params, Set<String> sortFields, GenesysBehaviour behaviour) {
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
            if (!sortFields.contains(sortField) || parts.length > 2
                    || !(direction.equals("asc") || direction.equals("desc"))) {
                throw EmulatedGenesysError.badRequest("sortOrder must be field:asc or field:desc with field one of "
                        + String.join(", ", new TreeSet<>(sortFields)) + "; not '" + sortOrder + "'.");
            }
            descending = direction.equals("desc");
        }
        return new SearchRequest(path, QueryParams.text(params, "q"), pageSize, pageNumber, sortField, descending);
    }

    String sortOrder() {
        return sortField == null ? null : sortField + ":" + (descending ? "desc" : "asc");
    }

    /** The relative URI of another page of the same search. */
    String uriOfPage(int page) {
        return path + "?pageSize=" + pageSize + "&pageNumber=" + page
                + QueryParams.pair("q", q) + QueryParams.pair("sortOrder", sortOrder());
    }
}
