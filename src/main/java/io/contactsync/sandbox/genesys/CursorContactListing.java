package io.contactsync.sandbox.genesys;

import java.util.List;

/** The scan envelope; the last page has neither {@code cursors.after} nor {@code nextUri}. */
record CursorContactListing(List<ExternalContact> entities, Cursors cursors, String nextUri, String selfUri) {

    /** Where the next page starts; {@code after} is absent on the last page. */
    record Cursors(String after) {
    }

    static final String PATH = "/api/v2/externalcontacts/scan/contacts";

    static String uri(int limit, String cursor) {
        return PATH + "?limit=" + limit + QueryParams.pair("cursor", cursor);
    }
}
