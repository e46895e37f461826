package io.contactsync.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.DataSchemaListing;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.MappingCheck;
import io.contactsync.mapping.MappingMismatchException;

import java.util.List;
import java.util.Optional;

/**
 * The field mapping checked against both systems' schemas (route {@code check-mapping}): a cycle runs only once it
 * fits. The data schema listing read for the check is also where a contact's {@code schema} reference comes from.
 */
public final class MappingVerification implements GenesysContactMapper.SchemaReferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FieldMapping mapping;
    /** The listing of the last check the mapping passed; null until then. */
    private volatile DataSchemaListing schemas;

    public MappingVerification(FieldMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * @param contactDescribe Salesforce's Contact describe
     * @param schemaListing   Genesys Cloud's contact data schemas
     * @return one line per problem; empty when the mapping fits, which lets the cycles run
     */
    public List<String> check(String contactDescribe, String schemaListing) {
        JsonNode listing = parse(schemaListing, "Genesys Cloud's data schema listing");
        List<String> problems = MappingCheck.problems(mapping, parse(contactDescribe, "Salesforce's Contact describe"),
                listing);
        if (problems.isEmpty()) {
            schemas = DataSchemaListing.of(listing);
        }
        return problems;
    }

    /** Whether a check found the mapping fitting. */
    public boolean fits() {
        return schemas != null;
    }

    /** @throws MappingMismatchException when the check found problems */
    public void requireFits(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new MappingMismatchException(problems);
        }
    }

    @Override
    public Optional<ObjectNode> reference(String schemaName) {
        DataSchemaListing checked = schemas;
        return checked == null ? Optional.empty() : checked.reference(schemaName);
    }

    private static JsonNode parse(String body, String what) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
