package io.contactsync.mapping;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.NormalizationWarning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the canonical contact of one record from its raw field values, keeping every normalisation warning. */
final class CanonicalReader {

    record Read(Contact contact, List<NormalizationWarning> warnings) {
    }

    private CanonicalReader() {
    }

    /** @param rawValue the side's raw value of a field, already in Salesforce's terms for a mapped picklist */
    static Read read(FieldMapping mapping, ValueNormalizer normalizer,
                     Function<FieldMapping.MappedField, RawValue> rawValue) {
        Map<ContactField, String> values = new HashMap<>();
        List<NormalizationWarning> warnings = new ArrayList<>();
        for (FieldMapping.MappedField field : mapping.fields().values()) {
            RawValue raw = rawValue.apply(field);
            ValueNormalizer.Normalized normalized = normalizer.normalize(field.field(), field.type(), raw.text());
            values.put(field.field(), normalized.value());
            if (normalized.warning() != null) {
                warnings.add(normalized.warning());
            } else if (raw.problem() != null) {
                warnings.add(new NormalizationWarning(field.field(), raw.text(), raw.problem()));
            }
        }
        return new Read(Contact.of(values), warnings);
    }

    /** A value as a side holds it, and what is wrong with it before normalisation (or null). */
    record RawValue(String text, String problem) {
        static RawValue of(String text) {
            return new RawValue(text, null);
        }
    }
}
