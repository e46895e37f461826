package io.contactsync.sandbox.genesys;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Genesys' keyword search: every word of {@code q} must occur (case-insensitively) in one of the record's
 * searchable texts (its {@link SearchScope}). Results are in id order unless a sort order is asked for (then
 * by that field, blanks last, ties by id), so pages are stable.
 */
final class RecordSearch {

    /** One page of matches and how many matched in all. */
    record Result<R>(List<R> page, long total) {
    }

    private RecordSearch() {
    }

    static <R extends StoredRecord<?>> Result<R> search(Collection<R> records, SearchRequest request,
                                                         SearchScope<R> scope) {
        List<String> words = request.q() == null ? List.of()
                : Arrays.stream(request.q().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        Stream<R> matches = records.stream().filter(r -> matchesAll(scope.searchableText().apply(r).toList(), words));
        if (request.sortField() != null) {
            matches = matches.sorted(order(scope.sortFields().get(request.sortField()), request.descending()));
        }
        List<R> all = matches.toList();
        int from = (int) Math.min(all.size(), (long) (request.pageNumber() - 1) * request.pageSize());
        int to = Math.min(all.size(), from + request.pageSize());
        return new Result<>(all.subList(from, to), all.size());
    }

    static int pageCount(long total, int pageSize) {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    private static boolean matchesAll(List<String> searchable, List<String> words) {
        return words.stream().allMatch(word -> searchable.stream()
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(word)));
    }

    private static <R extends StoredRecord<?>> Comparator<R> order(Function<R, String> value, boolean descending) {
        Comparator<String> direction = descending ? String.CASE_INSENSITIVE_ORDER.reversed()
                : String.CASE_INSENSITIVE_ORDER;
        return Comparator.comparing(value, Comparator.nullsLast(direction)).thenComparing(StoredRecord::id);
    }
}
