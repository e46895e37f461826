package io.contactsync.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.mapping.DataSchemaListing;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.mapping.MappingCheck;
import io.contactsync.mapping.MappingMismatchException;

import java.util.List;
import java.util.function.Supplier;

/**
 * The field mapping checked against both systems' schemas (route {@code check-mapping}): a cycle runs only once it
 * fits. The data schema listing read for a check the mapping passed is kept in {@link CheckedSchemas}.
 */
public final class MappingVerification {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<FieldMapping> underCheck;
    private final Supplier<CheckedSchemas> schemas;

    /**
     * @param underCheck the mapping a check looks at: the one in use, or a changed one waiting for its check (of the
     *                   object whose pass runs)
     * @param schemas    where that object's checked data schemas are kept
     */
    public MappingVerification(Supplier<FieldMapping> underCheck, Supplier<CheckedSchemas> schemas) {
        this.underCheck = underCheck;
        this.schemas = schemas;
    }

    /** The Salesforce sObject the mapping under check maps, whose describe the check reads. */
    public String salesforceObject() {
        return underCheck.get().object().salesforceObject();
    }

    /** Where Genesys Cloud lists the data schemas of the entity the mapping under check maps. */
    public String schemaListingPath() {
        return "/api/v2/externalcontacts/" + underCheck.get().object().genesysCollection() + "/schemas";
    }

    /**
     * @param describe      Salesforce's describe of the mapped object
     * @param schemaListing Genesys Cloud's data schemas of the mapped entity
     * @return one line per problem; empty when the mapping fits, which lets the cycles run
     */
    public List<String> check(String describe, String schemaListing) {
        JsonNode listing = parse(schemaListing, "Genesys Cloud's data schema listing");
        List<String> problems = MappingCheck.problems(underCheck.get(),
                parse(describe, "Salesforce's " + salesforceObject() + " describe"), listing);
        if (problems.isEmpty()) {
            schemas.get().remember(DataSchemaListing.of(listing));
        }
        return problems;
    }

    /** Whether a check found the mapping fitting. */
    public boolean fits() {
        return schemas.get().known();
    }

    /** @throws MappingMismatchException when the check found problems */
    public void requireFits(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new MappingMismatchException(problems);
        }
    }

    private static JsonNode parse(String body, String what) {
        try {
            return JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
