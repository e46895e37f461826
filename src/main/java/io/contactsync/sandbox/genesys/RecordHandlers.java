package io.contactsync.sandbox.genesys;

import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The handlers of one kind of record's endpoints (contacts or organizations): get, create, update, delete,
 * search and scan. A get, search or scan answers each record through the kind's {@link View}, which may expand
 * what the request's {@code expand} names.
 *
 * @param <F> the client-writable fields
 * @param <R> the stored record
 */
final class RecordHandlers<F extends CustomFieldHolder<F>, R extends StoredRecord<F>> {

    /** How a record is answered, given the request's {@code expand} values. */
    @FunctionalInterface
    interface View<R> {
        Object render(R record, Set<String> expand);
    }

    private final RecordOperations<F, R> operations;
    private final GenesysRecordStore<F, R> store;
    private final String path;
    private final String scanPath;
    private final Function<GenesysBehaviour, SearchScope<R>> scope;
    private final View<R> view;
    private final Supplier<GenesysBehaviour> behaviour;
    private final Clock clock;

    /**
     * @param path     the search endpoint, e.g. {@code /api/v2/externalcontacts/organizations}
     * @param scanPath the scan endpoint, e.g. {@code /api/v2/externalcontacts/scan/organizations}
     * @param scope    what a search looks at, as configured
     */
    RecordHandlers(RecordOperations<F, R> operations, GenesysRecordStore<F, R> store, String path, String scanPath,
                   Function<GenesysBehaviour, SearchScope<R>> scope, View<R> view, Supplier<GenesysBehaviour> behaviour, Clock clock) {
        this.operations = operations;
        this.store = store;
        this.path = path;
        this.scanPath = scanPath;
        this.scope = scope;
        this.view = view;
        this.behaviour = behaviour;
        this.clock = clock;
    }

    void get(RoutingContext ctx) {
        GenesysJson.send(ctx, 200, view.render(operations.get(ctx.pathParam("id")), expand(ctx)));
    }

    void create(RoutingContext ctx) {
        GenesysJson.send(ctx, behaviour.get().createStatus(), operations.create(GenesysJson.body(ctx)));
    }

    void update(RoutingContext ctx) {
        GenesysJson.send(ctx, 200, operations.update(ctx.pathParam("id"), GenesysJson.body(ctx),
                ctx.request().getHeader("If-Match")));
    }

    void delete(RoutingContext ctx) {
        operations.delete(ctx.pathParam("id"));
        GenesysJson.sendDeleted(ctx, behaviour.get());
    }

    void search(RoutingContext ctx) {
        searchAmong(ctx, path, store.all());
    }

    /** A search over some of the records, e.g. an organization's contacts; {@code searchPath} is for page URIs. */
    void searchAmong(RoutingContext ctx, String searchPath, Collection<R> records) {
        GenesysBehaviour b = behaviour.get();
        SearchScope<R> searched = scope.apply(b);
        SearchRequest request = SearchRequest.parse(searchPath, ctx.queryParams(), searched.sortFields().keySet(), b);
        RecordSearch.Result<R> result = RecordSearch.search(records, request, searched);
        Set<String> expand = expand(ctx);
        PagedListing.of(request, result.page().stream().map(r -> view.render(r, expand)).toList(), result.total())
                .send(ctx, b);
    }

    void scan(RoutingContext ctx) {
        Set<String> expand = expand(ctx);
        GenesysJson.send(ctx, 200, CursorListing.page(scanPath, ctx.queryParams(), store.byId(), clock.instant())
                .map(r -> view.render(r, expand)));
    }

    /** The {@code expand} values, whether repeated ({@code expand=a&expand=b}) or comma-separated. */
    private static Set<String> expand(RoutingContext ctx) {
        return ctx.queryParams().getAll("expand").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
