package io.contactsync.mapping;

import io.contactsync.settings.SettingsException;
import io.contactsync.settings.SettingsFiles;
import io.contactsync.model.ContactField;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each canonical field lives on each side, loaded from a YAML file that integration engineers can change
 * without recompiling (see docs/engine.md). A canonical field left out of the file is not synced.
 */
public final class FieldMapping {

    public static final String DEFAULT_RESOURCE = "mapping/contact-mapping.yaml";
    private static final Pattern SALESFORCE_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern GENESYS_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*");

    /** A Salesforce Contact field, its maximum length, and whether Salesforce requires it. */
    public record SalesforceTarget(String field, Integer maxLength, Boolean required) {
        public boolean isRequired() {
            return Boolean.TRUE.equals(required);
        }
    }

    /** A dotted path into a Genesys Cloud ExternalContact, and its maximum length. */
    public record GenesysTarget(String path, Integer maxLength) {
        public List<String> segments() {
            return List.of(path.split("\\."));
        }
    }

    public record Target(SalesforceTarget salesforce, GenesysTarget genesys) {
    }

    /** The settings that are not per field. */
    public record SalesforceSettings(String genesysIdField) {
    }

    /** The file as written. */
    public record MappingFile(SalesforceSettings salesforce, Map<String, Target> fields) {
    }

    private final String genesysIdField;
    private final Map<ContactField, Target> targets;

    private FieldMapping(String genesysIdField, Map<ContactField, Target> targets) {
        this.genesysIdField = genesysIdField;
        this.targets = Collections.unmodifiableMap(targets);
    }

    /** The packaged default mapping. */
    public static FieldMapping defaults() {
        return load(null);
    }

    /**
     * @param location a file path, {@code classpath:<resource>}, or blank for the packaged default
     * @throws SettingsException naming every problem in the file
     */
    public static FieldMapping load(String location) {
        String effective = SettingsFiles.effectiveLocation(location, DEFAULT_RESOURCE);
        return validate(SettingsFiles.read(effective, MappingFile.class), effective);
    }

    static FieldMapping validate(MappingFile file, String location) {
        List<String> problems = new ArrayList<>();
        String genesysIdField = file.salesforce() == null ? null : file.salesforce().genesysIdField();
        if (genesysIdField == null || !SALESFORCE_FIELD.matcher(genesysIdField).matches()) {
            problems.add("salesforce.genesysIdField must name the Salesforce field that holds the Genesys Cloud id"
                    + " (e.g. External_Genesys_ID__c)");
        }
        Map<ContactField, Target> targets = new EnumMap<>(ContactField.class);
        Map<String, String> salesforceOwners = new HashMap<>();
        Map<String, String> genesysOwners = new HashMap<>();
        if (genesysIdField != null) {
            salesforceOwners.put(genesysIdField.toLowerCase(Locale.ROOT), "salesforce.genesysIdField");
        }
        if (file.fields() == null || file.fields().isEmpty()) {
            problems.add("fields: at least one canonical field must be mapped");
        } else {
            file.fields().forEach((name, target) -> {
                var field = ContactField.fromJsonName(name);
                if (field.isEmpty()) {
                    problems.add("fields." + name + ": unknown canonical field (known: " + ContactField.jsonNames()
                            + ")");
                    return;
                }
                problems.addAll(checkTarget(name, target, salesforceOwners, genesysOwners));
                targets.put(field.get(), target);
            });
        }
        if (!problems.isEmpty()) {
            throw new SettingsException("Invalid field mapping " + location + ":\n  - "
                    + String.join("\n  - ", problems));
        }
        return new FieldMapping(genesysIdField, targets);
    }

    private static List<String> checkTarget(String name, Target target, Map<String, String> salesforceOwners,
                                            Map<String, String> genesysOwners) {
        List<String> problems = new ArrayList<>();
        String prefix = "fields." + name;
        if (target == null || target.salesforce() == null || target.genesys() == null) {
            problems.add(prefix + ": needs both 'salesforce' and 'genesys'");
            return problems;
        }
        String sf = target.salesforce().field();
        if (sf == null || !SALESFORCE_FIELD.matcher(sf).matches()) {
            problems.add(prefix + ".salesforce.field: '" + sf + "' is not a Salesforce field name");
        } else {
            claim(salesforceOwners, sf.toLowerCase(Locale.ROOT), prefix, "Salesforce field " + sf, problems);
        }
        String path = target.genesys().path();
        if (path == null || !GENESYS_PATH.matcher(path).matches()) {
            problems.add(prefix + ".genesys.path: '" + path + "' is not a dotted JSON path such as address.city");
        } else {
            claim(genesysOwners, path, prefix, "Genesys Cloud path " + path, problems);
        }
        checkLength(prefix + ".salesforce.maxLength", target.salesforce().maxLength(), problems);
        checkLength(prefix + ".genesys.maxLength", target.genesys().maxLength(), problems);
        return problems;
    }

    private static void claim(Map<String, String> owners, String key, String claimant, String what,
                              List<String> problems) {
        String owner = owners.putIfAbsent(key, claimant);
        if (owner != null) {
            problems.add(claimant + ": " + what + " is already mapped by " + owner);
        }
    }

    private static void checkLength(String where, Integer maxLength, List<String> problems) {
        if (maxLength != null && maxLength < 1) {
            problems.add(where + ": must be at least 1, was " + maxLength);
        }
    }

    /** The mapped fields and where they live, in canonical order. */
    public Map<ContactField, Target> targets() {
        return targets;
    }

    /** The Salesforce Contact field in which the sync keeps the Genesys Cloud id. */
    public String salesforceGenesysIdField() {
        return genesysIdField;
    }
}
