package io.contactsync.sandbox.genesys;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The server-side core types a data schema property names in {@code "allOf":[{"$ref":"#/definitions/<type>"}]},
 * each with the constraint keywords it accepts. text, longtext, identifier, url, number, checkbox, date,
 * datetime, enum and tag are those of Genesys' schema tutorial; integer and boolean are accepted too.
 */
enum CoreType {
    TEXT(Set.of("minLength", "maxLength")),
    LONGTEXT(Set.of("minLength", "maxLength")),
    IDENTIFIER(Set.of("minLength", "maxLength")),
    URL(Set.of("minLength", "maxLength")),
    NUMBER(Set.of("minimum", "maximum")),
    INTEGER(Set.of("minimum", "maximum")),
    CHECKBOX(Set.of()),
    BOOLEAN(Set.of()),
    DATE(Set.of()),
    DATETIME(Set.of()),
    ENUM(Set.of("enum", "_enumProperties")),
    TAG(Set.of("minItems", "maxItems", "uniqueItems", "items"));

    /** Keywords every property may carry whatever its type. */
    static final Set<String> COMMON_KEYWORDS = Set.of("allOf", "title", "description");

    private final Set<String> constraints;

    CoreType(Set<String> constraints) {
        this.constraints = constraints;
    }

    /** The name used in {@code $ref} and as the property-name suffix, e.g. {@code longtext}. */
    String refName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean accepts(String keyword) {
        return COMMON_KEYWORDS.contains(keyword) || constraints.contains(keyword);
    }

    static Optional<CoreType> ofRef(String ref) {
        String prefix = "#/definitions/";
        if (ref == null || !ref.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = ref.substring(prefix.length());
        return Arrays.stream(values()).filter(t -> t.refName().equals(name)).findFirst();
    }

    static String refNames() {
        return String.join(", ", Arrays.stream(values()).map(CoreType::refName).toList());
    }
}
