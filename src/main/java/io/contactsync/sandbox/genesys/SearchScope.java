package io.contactsync.sandbox.genesys;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a keyword search looks at in one kind of record: the texts a word of {@code q} may occur in, and the
 * fields {@code sortOrder} may name with the value each sorts by.
 *
 * @param <R> the stored record
 */
record SearchScope<R extends StoredRecord<?>>(Function<R, Stream<String>> searchableText,
                                              Map<String, Function<R, String>> sortFields) {

    /** Contacts: names, emails and phones (as displayed, E.164 and as typed); sorted by name or title. */
    static final SearchScope<ExternalContact> CONTACTS = new SearchScope<>(
            c -> Stream.of(Stream.of(c.fields().firstName(), c.fields().middleName(), c.fields().lastName()),
                    c.fields().emails().stream(),
                    c.fields().phones().stream().flatMap(p -> Stream.of(p.display(), p.e164(), p.userInput())))
                    .flatMap(s -> s).filter(Objects::nonNull),
            Map.of("firstName", c -> c.fields().firstName(), "lastName", c -> c.fields().lastName(),
                    "middleName", c -> c.fields().middleName(), "title", c -> c.fields().title()));

    /**
     * Organizations: the name (what Genesys' {@code q} matches is undocumented); sorted by companyType, industry
     * or name.
     */
    static final SearchScope<ExternalOrganization> ORGANIZATIONS = new SearchScope<>(
            o -> Stream.ofNullable(o.fields().name()), organizationSortFields());

    /** Organizations, matching {@code q} in the name, company type, industry, websites, tags and phone numbers. */
    static final SearchScope<ExternalOrganization> ORGANIZATIONS_ANY_TEXT = new SearchScope<>(
            o -> Stream.of(Stream.of(o.fields().name(), o.fields().companyType(), o.fields().industry()),
                    Stream.ofNullable(o.fields().websites()).flatMap(List::stream),
                    Stream.ofNullable(o.fields().tags()).flatMap(List::stream),
                    Stream.of(o.fields().phoneNumber(), o.fields().faxNumber()).filter(Objects::nonNull)
                            .flatMap(p -> Stream.of(p.display(), p.e164(), p.userInput())))
                    .flatMap(s -> s).filter(Objects::nonNull),
            organizationSortFields());

    /** The organization search {@code behaviour} asks for. */
    static SearchScope<ExternalOrganization> organizations(GenesysBehaviour behaviour) {
        return behaviour.organizationSearchByNameOnly() ? ORGANIZATIONS : ORGANIZATIONS_ANY_TEXT;
    }

    private static Map<String, Function<ExternalOrganization, String>> organizationSortFields() {
        return Map.of("companyType", o -> o.fields().companyType(), "industry", o -> o.fields().industry(),
                "name", o -> o.fields().name());
    }
}
