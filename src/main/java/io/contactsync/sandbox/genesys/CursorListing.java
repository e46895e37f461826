package io.contactsync.sandbox.genesys;

import io.vertx.core.MultiMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * The envelope of a cursor scan ({@code CursorContactListing}, {@code CursorOrganizationListing},
 * {@code CursorNoteListing}) over records kept in id
 * order: a cursor is the last id a page returned, so no record is returned twice and none that exists for a whole
 * scan is skipped. The last page has neither {@code cursors.after} nor {@code nextUri}.
 */
record CursorListing<T>(List<T> entities, Cursors cursors, String nextUri, String selfUri) {

    /** Where the next page starts; {@code after} is absent on the last page. */
    record Cursors(String after) {
    }

    static final String CONTACTS_PATH = "/api/v2/externalcontacts/scan/contacts";
    static final String NOTES_PATH = "/api/v2/externalcontacts/scan/notes";
    static final String ORGANIZATIONS_PATH = "/api/v2/externalcontacts/scan/organizations";
    static final int MIN_LIMIT = 10;
    static final int MAX_LIMIT = 200;
    static final int DEFAULT_LIMIT = 100;

    /**
     * The page a scan request asks for: {@code limit} (10 to 200, default 100) records after its {@code cursor}.
     *
     * @throws EmulatedGenesysError 400 for a limit out of range or a malformed or expired cursor
     */
    static <T> CursorListing<T> page(String path, MultiMap params, NavigableMap<String, T> byId, Instant now) {
        int limit = QueryParams.intParam(params, "limit", DEFAULT_LIMIT, MIN_LIMIT, MAX_LIMIT);
        String cursor = QueryParams.text(params, "cursor");
        NavigableMap<String, T> tail = cursor == null ? byId : byId.tailMap(ScanCursor.decode(cursor, now), false);
        List<T> entities = new ArrayList<>(Math.min(limit, 256));
        String lastId = null;
        for (Map.Entry<String, T> entry : tail.entrySet()) {
            if (entities.size() == limit) {
                break;
            }
            entities.add(entry.getValue());
            lastId = entry.getKey();
        }
        String next = lastId == null || byId.higherKey(lastId) == null ? null : ScanCursor.encode(lastId, now);
        return new CursorListing<>(entities, new Cursors(next), next == null ? null : uri(path, limit, next),
                uri(path, limit, cursor));
    }

    /** The same page with each entity as {@code render} answers it. */
    <U> CursorListing<U> map(Function<T, U> render) {
        return new CursorListing<>(entities.stream().map(render).toList(), cursors, nextUri, selfUri);
    }

    private static String uri(String path, int limit, String cursor) {
        return path + "?limit=" + limit + QueryParams.pair("cursor", cursor);
    }
}
