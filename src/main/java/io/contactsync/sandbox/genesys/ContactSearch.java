package io.contactsync.sandbox.genesys;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Genesys' keyword search: every word of {@code q} must occur (case-insensitively) in a name, email or
 * phone of the contact. Results are in id order unless a sort order is asked for (then by that field, blanks
 * last, ties by id), so pages are stable.
 */
final class ContactSearch {

    /** One page of matches and how many matched in all. */
    record Result(List<ExternalContact> page, long total) {
    }

    private ContactSearch() {
    }

    static Result search(Collection<ExternalContact> contacts, SearchRequest request) {
        List<String> words = request.q() == null ? List.of()
                : Arrays.stream(request.q().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        Stream<ExternalContact> matches = contacts.stream().filter(c -> matchesAll(c, words));
        if (request.sortField() != null) {
            matches = matches.sorted(order(request.sortField(), request.descending()));
        }
        List<ExternalContact> all = matches.toList();
        int from = (int) Math.min(all.size(), (long) (request.pageNumber() - 1) * request.pageSize());
        int to = Math.min(all.size(), from + request.pageSize());
        return new Result(all.subList(from, to), all.size());
    }

    static int pageCount(long total, int pageSize) {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    private static boolean matchesAll(ExternalContact contact, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> searchable = searchableText(contact.fields());
        return words.stream().allMatch(word -> searchable.stream().anyMatch(text -> text.contains(word)));
    }

    private static List<String> searchableText(ContactFields f) {
        Stream<String> names = Stream.of(f.firstName(), f.middleName(), f.lastName());
        Stream<String> phones = f.phones().stream().flatMap(p -> Stream.of(p.display(), p.e164(), p.userInput()));
        return Stream.of(names, f.emails().stream(), phones).flatMap(s -> s)
                .filter(Objects::nonNull).map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    private static Comparator<ExternalContact> order(String field, boolean descending) {
        Function<ContactFields, String> value = switch (field) {
            case "firstName" -> ContactFields::firstName;
            case "lastName" -> ContactFields::lastName;
            case "middleName" -> ContactFields::middleName;
            default -> ContactFields::title;
        };
        Comparator<String> direction = descending ? String.CASE_INSENSITIVE_ORDER.reversed()
                : String.CASE_INSENSITIVE_ORDER;
        return Comparator.comparing((ExternalContact c) -> value.apply(c.fields()),
                        Comparator.nullsLast(direction))
                .thenComparing(ExternalContact::id);
    }
}
