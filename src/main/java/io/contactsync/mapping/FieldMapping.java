package io.contactsync.mapping;

import io.contactsync.model.MappedObject;
import io.contactsync.model.GenesysProperty;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.contactsync.model.ContactField;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.FieldPolicy;
import io.contactsync.settings.SettingsException;
import io.contactsync.settings.SettingsFiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The canonical fields and where each lives on each side, loaded from a YAML file that integration engineers can
 * change without recompiling (see docs/engine.md, "Field mapping file"). The fields are exactly those the file
 * lists, in its order.
 */
public final class FieldMapping {

    public static final String DEFAULT_RESOURCE = "mapping/contact-mapping.yaml";
    private static final Pattern SALESFORCE_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern GENESYS_PATH = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");
    /** The types of the packaged field names in files written before fields had a type. */
    private static final Map<String, FieldType> UNTYPED_DEFAULTS = Map.of(
            ContactField.EMAIL.jsonName(), FieldType.EMAIL,
            ContactField.WORK_PHONE.jsonName(), FieldType.PHONE,
            ContactField.MOBILE_PHONE.jsonName(), FieldType.PHONE,
            ContactField.HOME_PHONE.jsonName(), FieldType.PHONE,
            ContactField.OTHER_PHONE.jsonName(), FieldType.PHONE);

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

    /**
     * One mapped field.
     *
     * @param policy    the field's own policy, or null to take the policies file's
     * @param values    picklist values, Salesforce value to Genesys Cloud value; the canonical value is
     *                  Salesforce's; empty when both sides use the same values
     */
    public record MappedField(ContactField field, FieldType type, FieldDirection direction, FieldPolicy policy,
                              Map<String, String> values, SalesforceTarget salesforce, GenesysTarget genesys) {

        public MappedField {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The settings that are not per field. */
    public record SalesforceSettings(String genesysIdField) {
    }

    /** {@code genesys.schema}: the External Contact data schema, by name, that holds the custom fields. */
    public record GenesysSettings(String schema) {
    }

    /** A field as written; null means "not given". */
    public record FieldFile(String type, SalesforceTarget salesforce, GenesysTarget genesys,
                            Map<String, String> values, String policy, String direction) {
    }

    /**
     * The file as written.
     *
     * @param base            the mapping this one extends ({@code extends:}, a location as for {@link #load}), or null
     * @param linkIdsInSource one-way only: whether the source records get the target's id (default true)
     */
    public record MappingFile(@JsonProperty("extends") String base, String object, String direction,
                              Boolean linkIdsInSource, SalesforceSettings salesforce, GenesysSettings genesys,
                              Map<String, FieldFile> fields) {

        /**
         * This file over its base: a key given here replaces the base's; a field given here replaces the base's
         * field of that name, a field given as nothing ({@code country: ~}) removes it; the base's other fields
         * stay, in their order, before this file's new ones.
         */
        MappingFile over(MappingFile under) {
            Map<String, FieldFile> merged = new LinkedHashMap<>(under.fields() == null ? Map.of() : under.fields());
            if (fields != null) {
                fields.forEach((name, field) -> {
                    if (field == null) {
                        merged.remove(name);
                    } else {
                        merged.put(name, field);
                    }
                });
            }
            return new MappingFile(null, object != null ? object : under.object(),
                    direction != null ? direction : under.direction(),
                    linkIdsInSource != null ? linkIdsInSource : under.linkIdsInSource(),
                    salesforce != null ? salesforce : under.salesforce(),
                    genesys != null ? genesys : under.genesys(), merged);
        }
    }

    private final MappedObject object;
    private final FieldDirection direction;
    private final boolean linkIdsInSource;
    private final String genesysIdField;
    private final String genesysSchema;
    private final Map<ContactField, MappedField> fields;

    private FieldMapping(MappedObject object, FieldDirection direction, boolean linkIdsInSource,
                         String genesysIdField, String genesysSchema, Map<ContactField, MappedField> fields) {
        this.object = object;
        this.direction = direction;
        this.linkIdsInSource = linkIdsInSource;
        this.genesysIdField = genesysIdField;
        this.genesysSchema = genesysSchema;
        this.fields = Collections.unmodifiableMap(fields);
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
        return load(location, DEFAULT_RESOURCE);
    }

    /**
     * @param location a file path, {@code classpath:<resource>}, or blank for {@code packaged}
     * @param packaged the resource of the packaged mapping
     * @throws SettingsException naming every problem in the file
     */
    public static FieldMapping load(String location, String packaged) {
        String effective = SettingsFiles.effectiveLocation(location, packaged);
        return validate(read(effective, new ArrayList<>()), effective);
    }

    /** The file with the files it extends folded in; {@code chain} holds the files that extend it. */
    private static MappingFile read(String location, List<String> chain) {
        if (chain.contains(location)) {
            throw new SettingsException("The field mapping " + location + " extends itself (through "
                    + String.join(" > ", chain) + ")");
        }
        chain.add(location);
        MappingFile file = SettingsFiles.read(location, MappingFile.class);
        if (file.base() == null) {
            return file;
        }
        return file.over(read(file.base().trim(), chain));
    }

    static FieldMapping validate(MappingFile file, String location) {
        List<String> problems = new ArrayList<>();
        String genesysIdField = file.salesforce() == null ? null : file.salesforce().genesysIdField();
        if (genesysIdField == null || !SALESFORCE_FIELD.matcher(genesysIdField).matches()) {
            problems.add("salesforce.genesysIdField must name the Salesforce field that holds the Genesys Cloud id"
                    + " (e.g. External_Genesys_ID__c)");
        }
        MappedObject object = enumValue(MappedObject.class, file.object(), "object", problems)
                .orElse(MappedObject.CONTACT);
        FieldDirection direction = enumValue(FieldDirection.class, file.direction(), "direction", problems)
                .orElse(FieldDirection.BOTH);
        Map<ContactField, MappedField> fields = new LinkedHashMap<>();
        Map<String, String> salesforceOwners = new HashMap<>();
        Map<String, String> genesysOwners = new HashMap<>();
        if (genesysIdField != null) {
            salesforceOwners.put(genesysIdField.toLowerCase(Locale.ROOT), "salesforce.genesysIdField");
        }
        if (file.fields() == null || file.fields().isEmpty()) {
            problems.add("fields: at least one canonical field must be mapped");
        } else {
            file.fields().forEach((name, field) -> checkField(name, field, direction, salesforceOwners,
                    genesysOwners, problems).ifPresent(mapped -> fields.put(mapped.field(), mapped)));
        }
        String schema = file.genesys() == null ? null : file.genesys().schema();
        if (schema == null && fields.values().stream().anyMatch(FieldMapping::isCustomField)) {
            problems.add("genesys.schema: the fields mapped to customFields need the name of the "
                    + object.genesysSchemaKind() + " data schema that holds them");
        }
        if (!problems.isEmpty()) {
            throw new SettingsException("Invalid field mapping " + location + ":\n  - "
                    + String.join("\n  - ", problems));
        }
        return new FieldMapping(object, direction, !Boolean.FALSE.equals(file.linkIdsInSource()), genesysIdField,
                schema, fields);
    }

    private static Optional<MappedField> checkField(String name, FieldFile field, FieldDirection defaultDirection,
                                                    Map<String, String> salesforceOwners,
                                                    Map<String, String> genesysOwners, List<String> problems) {
        String prefix = "fields." + name;
        int before = problems.size();
        ContactField canonical = null;
        try {
            canonical = new ContactField(name);
        } catch (IllegalArgumentException e) {
            problems.add(prefix + ": " + e.getMessage());
        }
        if (field == null || field.salesforce() == null || field.genesys() == null) {
            problems.add(prefix + ": needs both 'salesforce' and 'genesys'");
            return Optional.empty();
        }
        FieldType type = field.type() == null ? UNTYPED_DEFAULTS.getOrDefault(name, FieldType.TEXT)
                : FieldType.fromFileName(field.type()).orElse(null);
        if (type == null) {
            problems.add(prefix + ".type: '" + field.type() + "' is not one of " + FieldType.fileNames());
        }
        String sf = field.salesforce().field();
        if (sf == null || !SALESFORCE_FIELD.matcher(sf).matches()) {
            problems.add(prefix + ".salesforce.field: '" + sf + "' is not a Salesforce field name");
        } else {
            claim(salesforceOwners, sf.toLowerCase(Locale.ROOT), prefix, "Salesforce field " + sf, problems);
        }
        String path = field.genesys().path();
        if (path == null || !GENESYS_PATH.matcher(path).matches()) {
            problems.add(prefix + ".genesys.path: '" + path + "' is not a dotted JSON path such as address.city");
        } else {
            claim(genesysOwners, path, prefix, "Genesys Cloud path " + path, problems);
        }
        checkLength(prefix + ".salesforce.maxLength", field.salesforce().maxLength(), problems);
        checkLength(prefix + ".genesys.maxLength", field.genesys().maxLength(), problems);
        Map<String, String> values = field.values() == null ? Map.of() : field.values();
        if (!values.isEmpty() && type != FieldType.PICKLIST) {
            problems.add(prefix + ".values: only a picklist has a value map");
        }
        if (values.values().stream().distinct().count() < values.size()) {
            problems.add(prefix + ".values: two Salesforce values map to the same Genesys Cloud value");
        }
        FieldDirection direction = enumValue(FieldDirection.class, field.direction(), prefix + ".direction",
                problems).orElse(defaultDirection);
        if (defaultDirection != FieldDirection.BOTH && direction != defaultDirection) {
            problems.add(prefix + ".direction: " + direction + " goes against the mapping's direction "
                    + defaultDirection);
        }
        if (ContactNotes.PATH.equals(path)) {
            checkNotes(prefix, type, direction, problems);
        }
        FieldPolicy policy = enumValue(FieldPolicy.class, field.policy(), prefix + ".policy", problems)
                .orElse(null);
        if (policy != null && direction != FieldDirection.BOTH) {
            problems.add(prefix + ".policy: a " + direction + " field is always settled by its owner;"
                    + " leave the policy out");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MappedField(canonical, type, direction, policy, values, field.salesforce(),
                field.genesys()));
    }

    /** The notes are text that only Genesys Cloud's agents write: the sync reads them and never writes them. */
    private static void checkNotes(String prefix, FieldType type, FieldDirection direction, List<String> problems) {
        if (type != null && type != FieldType.LONGTEXT && type != FieldType.TEXT) {
            problems.add(prefix + ".type: the Genesys Cloud notes are text: longtext or text, not " + type.fileName());
        }
        if (direction != FieldDirection.GENESYS_TO_SALESFORCE) {
            problems.add(prefix + ".direction: the Genesys Cloud notes are never written, so a field mapped to them"
                    + " goes GENESYS_TO_SALESFORCE, not " + direction);
        }
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text, String where,
                                                             List<String> problems) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<E> value = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst();
        if (value.isEmpty()) {
            problems.add(where + ": '" + text + "' is not one of " + String.join(" | ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
        return value;
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

    /** Whether the field lives in the Genesys Cloud contact's data-schema custom fields. */
    public static boolean isCustomField(MappedField field) {
        return field.genesys().path().startsWith(GenesysProperty.CUSTOM_FIELDS);
    }

    /** Whether a field is mapped to the Genesys Cloud contact's notes, which the poll then reads. */
    public boolean mapsGenesysNotes() {
        return fields.values().stream().anyMatch(ContactNotes::isNotes);
    }

    /**
     * A short hash of what reading a record depends on: each field's name, type, value map and place on both sides.
     * Policies and directions are left out: they change decisions, not what a record reads as.
     */
    public String readFingerprint() {
        String text = fields.values().stream()
                .sorted(Comparator.comparing(field -> field.field().jsonName()))
                .map(field -> String.join("|", field.field().jsonName(), field.type().name(),
                        field.values().toString(), String.valueOf(field.salesforce()), String.valueOf(field.genesys())))
                .collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What the file maps: contacts, or organizations (Salesforce Accounts). */
    public MappedObject object() {
        return object;
    }

    /**
     * @param setting the setting that names the file, for the message
     * @throws SettingsException when the file maps another object than the setting is for
     */
    public FieldMapping requireObject(MappedObject expected, String setting) {
        if (object != expected) {
            throw new SettingsException(setting + " names a mapping of object " + object + "; it takes a mapping of "
                    + expected);
        }
        return this;
    }

    /**
     * @param setting the setting that keeps the organizations from syncing, for the message
     * @throws SettingsException when a field is a reference to the contact's organization
     */
    public FieldMapping requireNoReference(String setting) {
        List<String> references = fields.values().stream().filter(field -> field.type() == FieldType.REFERENCE)
                .map(field -> field.field().jsonName()).toList();
        if (!references.isEmpty()) {
            throw new SettingsException("The field mapping maps the contact's organization (" + String.join(", ",
                    references) + ") but " + setting + " keeps the organizations from syncing: remove the field"
                    + " (e.g. '" + references.get(0) + ": ~' in a mapping that extends the packaged one) or sync the"
                    + " organizations");
        }
        return this;
    }

    /** The mapped fields, in the file's order. */
    public Map<ContactField, MappedField> fields() {
        return fields;
    }

    /** The direction of the whole deployment: BOTH, or one way. */
    public FieldDirection direction() {
        return direction;
    }

    /**
     * One-way only: whether the sync writes the target's id into the source records (the Genesys Cloud id into
     * Salesforce, or the Salesforce record URL into Genesys Cloud), its only write to the source.
     */
    public boolean linkIdsInSource() {
        return linkIdsInSource;
    }

    /** The Salesforce Contact field in which the sync keeps the Genesys Cloud id. */
    public String salesforceGenesysIdField() {
        return genesysIdField;
    }

    /** The name of the External Contact data schema that holds the mapped custom fields, or null. */
    public String genesysSchema() {
        return genesysSchema;
    }

    /** The same direction, settings and fields, in the same order: a reloaded file that says nothing new. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldMapping that && object == that.object && direction == that.direction
                && linkIdsInSource == that.linkIdsInSource && Objects.equals(genesysIdField, that.genesysIdField)
                && Objects.equals(genesysSchema, that.genesysSchema)
                && List.copyOf(fields.values()).equals(List.copyOf(that.fields.values()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(object, direction, linkIdsInSource, genesysIdField, genesysSchema, List.copyOf(fields.values()));
    }
}
