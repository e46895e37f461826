package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The custom fields a data schema's {@code jsonSchema} declares, read from its {@code properties} (and the
 * {@code required} field names). Reading refuses, naming each bad property, what Genesys' schema editor
 * would: a property without a known core type {@code $ref}, a keyword its core type does not take, a bad
 * constraint value, an enum without keys and, when enforced, a name not ending in {@code _<core type>}.
 */
record SchemaDefinition(Map<String, CustomFieldSpec> fields, List<String> required) {

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * @throws EmulatedGenesysError 400 naming every bad property
     */
    static SchemaDefinition parse(JsonNode jsonSchema, boolean enforceSuffix) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, CustomFieldSpec> fields = new LinkedHashMap<>();
        JsonNode properties = jsonSchema == null ? MissingNode.getInstance() : jsonSchema.path("properties");
        if (!properties.isObject()) {
            errors.add(new FieldError("jsonSchema.properties", null, "is required and must be an object"));
        } else {
            properties.fields().forEachRemaining(p -> property(p.getKey(), p.getValue(), enforceSuffix, errors)
                    .ifPresent(spec -> fields.put(spec.name(), spec)));
        }
        List<String> required = new ArrayList<>();
        JsonNode requiredNode = jsonSchema == null ? null : jsonSchema.get("required");
        if (requiredNode != null && !requiredNode.isNull()) {
            for (JsonNode name : requiredNode.isArray() ? requiredNode : List.<JsonNode>of(requiredNode)) {
                if (!name.isTextual() || !properties.has(name.asText())) {
                    errors.add(new FieldError("jsonSchema.required", name.toString(),
                            "names " + name + ", which is not a property of this schema"));
                } else {
                    required.add(name.asText());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw EmulatedGenesysError.invalidFields("The schema is invalid", errors);
        }
        return new SchemaDefinition(Map.copyOf(fields), List.copyOf(required));
    }

    private static Optional<CustomFieldSpec> property(String name, JsonNode p, boolean enforceSuffix,
                                                      List<FieldError> errors) {
        String path = "jsonSchema.properties." + name;
        int before = errors.size();
        if (!FIELD_NAME.matcher(name).matches()) {
            errors.add(new FieldError(path, name, "a field name must start with a letter and hold only letters, "
                    + "digits and underscores"));
        }
        String ref = p.path("allOf").path(0).path("$ref").asText(null);
        Optional<CoreType> type = CoreType.ofRef(ref);
        if (type.isEmpty()) {
            errors.add(new FieldError(path, ref, "must be {\"allOf\":[{\"$ref\":\"#/definitions/<type>\"}]} with "
                    + "one of the core types " + CoreType.refNames() + ", not " + ref));
            return Optional.empty();
        }
        CoreType t = type.get();
        if (enforceSuffix && !name.endsWith("_" + t.refName())) {
            errors.add(new FieldError(path, name, "a " + t.refName() + " field's name must end in _" + t.refName()));
        }
        for (Iterator<String> keywords = p.fieldNames(); keywords.hasNext(); ) {
            String keyword = keywords.next();
            if (!t.accepts(keyword)) {
                errors.add(new FieldError(path + "." + keyword, null,
                        "is not a constraint of the core type " + t.refName()));
            }
        }
        JsonNode items = p.path("items");
        CustomFieldSpec spec = new CustomFieldSpec(name, t,
                count(path, "minLength", p, errors), count(path, "maxLength", p, errors),
                number(path, "minimum", p, errors), number(path, "maximum", p, errors),
                t == CoreType.ENUM ? enumKeys(path, p, errors) : null,
                count(path, "minItems", p, errors), count(path, "maxItems", p, errors),
                count(path + ".items", "minLength", items, errors), count(path + ".items", "maxLength", items, errors));
        return errors.size() == before ? Optional.of(spec) : Optional.empty();
    }

    private static Long count(String path, String keyword, JsonNode p, List<FieldError> errors) {
        JsonNode value = p.get(keyword);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            errors.add(new FieldError(path + "." + keyword, value.toString(), "must be a whole number >= 0"));
            return null;
        }
        return value.asLong();
    }

    private static Double number(String path, String keyword, JsonNode p, List<FieldError> errors) {
        JsonNode value = p.get(keyword);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(new FieldError(path + "." + keyword, value.toString(), "must be a number"));
            return null;
        }
        return value.asDouble();
    }

    private static List<String> enumKeys(String path, JsonNode p, List<FieldError> errors) {
        JsonNode keys = p.get("enum");
        List<String> result = new ArrayList<>();
        if (keys != null && keys.isArray()) {
            keys.forEach(k -> {
                if (k.isTextual() && !k.asText().isBlank()) {
                    result.add(k.asText());
                }
            });
        }
        if (result.isEmpty() || result.size() != keys.size()) {
            errors.add(new FieldError(path + ".enum", keys == null ? null : keys.toString(),
                    "an enum field needs a non-empty array of non-blank keys"));
        }
        return List.copyOf(result);
    }
}
