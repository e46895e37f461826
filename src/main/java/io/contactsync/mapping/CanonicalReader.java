package io.contactsync.mapping;

import io.contactsync.model.Contact;
import io.contactsync.model.ContactField;
import io.contactsync.model.NormalizationWarning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Builds the canonical contact of one record from its raw field values, keeping every normalisation warning. */
final class CanonicalReader {

    record Read(Contact contact, List<NormalizationWarning> warnings) {
    }

    private CanonicalReader() {
    }

    static Read read(FieldMapping mapping, ValueNormalizer normalizer,
                     BiFunction<ContactField, FieldMapping.Target, String> rawValue) {
        Contact contact = Contact.empty();
        List<NormalizationWarning> warnings = new ArrayList<>();
        for (var entry : mapping.targets().entrySet()) {
            ValueNormalizer.Normalized normalized = normalizer.normalize(entry.getKey(),
                    rawValue.apply(entry.getKey(), entry.getValue()));
            contact = contact.with(entry.getKey(), normalized.value());
            if (normalized.warning() != null) {
                warnings.add(normalized.warning());
            }
        }
        return new Read(contact, warnings);
    }
}
