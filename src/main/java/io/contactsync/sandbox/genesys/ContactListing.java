package io.contactsync.sandbox.genesys;

import java.util.List;

/** The search envelope; page URIs are relative, and absent where there is no such page. */
record ContactListing(List<ExternalContact> entities, int pageSize, int pageNumber, long total, int pageCount,
                      boolean partialResults, String firstUri, String selfUri, String nextUri, String previousUri,
                      String lastUri) {

    static ContactListing of(SearchRequest request, ContactSearch.Result result) {
        int pageCount = ContactSearch.pageCount(result.total(), request.pageSize());
        int page = request.pageNumber();
        return new ContactListing(result.page(), request.pageSize(), page, result.total(), pageCount, false,
                request.uriOfPage(1), request.uriOfPage(page),
                page < pageCount ? request.uriOfPage(page + 1) : null,
                page > 1 ? request.uriOfPage(page - 1) : null,
                request.uriOfPage(Math.max(1, pageCount)));
    }
}
