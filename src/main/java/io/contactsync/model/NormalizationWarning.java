package io.contactsync.model;

import java.util.Objects;

/** A value that could not be normalised: it is kept as typed (trimmed) and flagged, never dropped. */
public record NormalizationWarning(ContactField field, String value, String reason) {

    public NormalizationWarning {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return field.jsonName() + " '" + value + "': " + reason;
    }
}
