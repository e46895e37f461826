package io.contactsync.cycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.DataSchemaListing;
import io.contactsync.mapping.GenesysContactMapper;

import java.util.Optional;

/**
 * Genesys Cloud's contact data schemas as read by the last mapping check the mapping passed
 * ({@link MappingVerification}): where a contact's {@code schema} reference comes from.
 */
public final class CheckedSchemas implements GenesysContactMapper.SchemaReferences {

    /** Null until a check passed. */
    private volatile DataSchemaListing listing;

    void remember(DataSchemaListing passed) {
        listing = passed;
    }

    /** Whether a mapping check passed. */
    boolean known() {
        return listing != null;
    }

    @Override
    public Optional<ObjectNode> reference(String schemaName) {
        DataSchemaListing checked = listing;
        return checked == null ? Optional.empty() : checked.reference(schemaName);
    }
}
