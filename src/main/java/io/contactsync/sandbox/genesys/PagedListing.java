package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * The envelope of a search ({@code ContactListing}, {@code ExternalOrganizationListing}); page URIs are
 * relative, and absent where there is no such page.
 */
record PagedListing<T>(List<T> entities, int pageSize, int pageNumber, long total, int pageCount,
                       boolean partialResults, String firstUri, String selfUri, String nextUri, String previousUri,
                       String lastUri) {

    static <T> PagedListing<T> of(SearchRequest request, List<T> page, long total) {
        int pageCount = RecordSearch.pageCount(total, request.pageSize());
        int number = request.pageNumber();
        return new PagedListing<>(page, request.pageSize(), number, total, pageCount, false,
                request.uriOfPage(1), request.uriOfPage(number),
                number < pageCount ? request.uriOfPage(number + 1) : null,
                number > 1 ? request.uriOfPage(number - 1) : null,
                request.uriOfPage(Math.max(1, pageCount)));
    }

    /** Sends the listing; on the last page with {@code "nextUri": null} when so configured. */
    void send(RoutingContext ctx, GenesysBehaviour behaviour) {
        if (nextUri == null && behaviour.nullNextUriOnLastPage()) {
            GenesysJson.send(ctx, 200, GenesysJson.MAPPER.<ObjectNode>valueToTree(this).putNull("nextUri"));
        } else {
            GenesysJson.send(ctx, 200, this);
        }
    }
}
