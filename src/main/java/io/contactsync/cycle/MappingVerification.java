package io.contactsync.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactsync.mapping.DataSchemaListing;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.mapping.MappingCheck;
import io.contactsync.mapping.MappingMismatchException;
import io.contactsync.model.MappedObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The field mappings checked against both systems' schemas (route {@code check-mapping}, one object at a time): a
 * cycle runs only once they fit. The data schema listing read for a check an object's mapping passed is kept in its
 * {@link CheckedSchemas}. Every step names the object it checks, so a check at start never depends on which pass of
 * a cycle runs.
 */
public final class MappingVerification {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<MappedObject, Supplier<FieldMapping>> underCheck;
    private final Map<MappedObject, CheckedSchemas> schemas;

    /**
     * @param underCheck per object, in pass order: the mapping a check looks at, the one in use or a changed one
     *                   waiting for its check
     * @param schemas    per object: where its checked data schemas are kept
     */
    public MappingVerification(Map<MappedObject, Supplier<FieldMapping>> underCheck,
                               Map<MappedObject, CheckedSchemas> schemas) {
        this.underCheck = new LinkedHashMap<>(underCheck);
        this.schemas = Map.copyOf(schemas);
    }

    /** How many mappings there are to check. */
    public int objectCount() {
        return underCheck.size();
    }

    /** The object at this place in pass order. */
    public MappedObject objectAt(int index) {
        return List.copyOf(underCheck.keySet()).get(index);
    }

    /** The Salesforce sObject the object's mapping maps, whose describe the check reads. */
    public String salesforceObject(MappedObject object) {
        return mapping(object).object().salesforceObject();
    }

    /** Where Genesys Cloud lists the data schemas of the entity the object's mapping maps. */
    public String schemaListingPath(MappedObject object) {
        return "/api/v2/externalcontacts/" + mapping(object).object().genesysCollection() + "/schemas";
    }

    /**
     * @param describe      Salesforce's describe of the mapped object
     * @param schemaListing Genesys Cloud's data schemas of the mapped entity
     * @return one line per problem; empty when the mapping fits, which lets the cycles run
     */
    public List<String> check(MappedObject object, String describe, String schemaListing) {
        JsonNode listing = parse(schemaListing, "Genesys Cloud's data schema listing");
        List<String> problems = MappingCheck.problems(mapping(object),
                parse(describe, "Salesforce's " + salesforceObject(object) + " describe"), listing);
        if (problems.isEmpty()) {
            schemas.get(object).remember(DataSchemaListing.of(listing));
        }
        return problems;
    }

    /**
     * The problems found so far (null: no check ran yet) with those of the object's check just run, which name their
     * mapping when it is not the contacts'.
     */
    public List<String> added(List<String> found, MappedObject object, List<String> problems) {
        List<String> all = found == null ? new ArrayList<>() : new ArrayList<>(found);
        problems.stream().map(problem -> object == MappedObject.CONTACT ? problem
                : object.name().toLowerCase(Locale.ROOT) + " mapping: " + problem).forEach(all::add);
        return all;
    }

    /** Whether a check found the object's mapping fitting. */
    public boolean fits(MappedObject object) {
        return schemas.get(object).known();
    }

    private FieldMapping mapping(MappedObject object) {
        Supplier<FieldMapping> mapping = underCheck.get(object);
        if (mapping == null) {
            throw new IllegalArgumentException(object + " is not synced");
        }
        return mapping.get();
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
