package io.contactsync.config;

import io.contactsync.mapping.FieldMapping;
import io.contactsync.mapping.ValueNormalizer;
import io.contactsync.model.ContactField;
import io.contactsync.model.DeletePolicy;
import io.contactsync.model.FieldDirection;
import io.contactsync.model.FieldPolicy;
import io.contactsync.model.MappedObject;
import io.contactsync.model.MassDisappearance;
import io.contactsync.model.Side;
import io.contactsync.model.SyncPolicies;
import io.contactsync.resolve.Resolvers;
import io.contactsync.settings.SettingsException;
import io.contactsync.settings.SettingsFiles;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads {@link SyncPolicies} from a YAML file (see docs/engine.md). Every key is optional: what the file leaves
 * out keeps its default, so a file can be as small as {@code fieldPolicies: {title: GENESYS}}. The fields are the
 * mapping's: a policy for a field the mapping does not have is a mistake, reported.
 */
public final class SyncPoliciesLoader {

    public static final String DEFAULT_RESOURCE = "policies/sync-policies.yaml";

    /** The file as written; null means "keep the default". */
    public record PoliciesFile(String resolver, FieldPolicy defaultFieldPolicy, Map<String, FieldPolicy> fieldPolicies,
                               String clockSkewTolerance,
                               Side tieBreaker, DeletePolicy deletePolicy, Boolean matchByPhone,
                               String defaultPhoneRegion, MassDisappearanceFile massDisappearance,
                               PoliciesFile organizations) {

        /**
         * The organizations' section over the file: a key it leaves out takes the file's, except the field policies,
         * which name other fields.
         */
        PoliciesFile over(PoliciesFile file) {
            return new PoliciesFile(orDefault(resolver, file.resolver()), defaultFieldPolicy, fieldPolicies,
                    orDefault(clockSkewTolerance, file.clockSkewTolerance()), orDefault(tieBreaker, file.tieBreaker()),
                    orDefault(deletePolicy, file.deletePolicy()), orDefault(matchByPhone, file.matchByPhone()),
                    orDefault(defaultPhoneRegion, file.defaultPhoneRegion()),
                    orDefault(massDisappearance, file.massDisappearance()), null);
        }
    }

    private static final PoliciesFile NOTHING = new PoliciesFile(null, null, null, null, null, null, null, null, null,
            null);

    /** {@code massDisappearance: {maxFraction: 0.2, minLinks: 50}}; a missing key keeps its default. */
    public record MassDisappearanceFile(Double maxFraction, Integer minLinks) {
    }

    private SyncPoliciesLoader() {
    }

    /**
     * @param location a file path, {@code classpath:<resource>}, or blank for the packaged default
     * @throws SettingsException naming every problem in the file
     *
     * <p>A field's policy is the mapping's, else the file's {@code fieldPolicies} entry, else, for a field of the
     * packaged mapping, its default policy, else the file's {@code defaultFieldPolicy}, else
     * {@link SyncPolicies#DEFAULT_FIELD_POLICY}.
     */
    public static SyncPolicies load(String location, FieldMapping mapping) {
        String effective = SettingsFiles.effectiveLocation(location, DEFAULT_RESOURCE);
        PoliciesFile whole = SettingsFiles.read(effective, PoliciesFile.class);
        List<String> problems = new ArrayList<>();
        if (whole.organizations() != null && whole.organizations().organizations() != null) {
            problems.add("organizations.organizations: the organizations' section has no section of its own");
        }
        PoliciesFile file = mapping.object() == MappedObject.ORGANIZATION
                ? orDefault(whole.organizations(), NOTHING).over(whole) : whole;
        String section = mapping.object() == MappedObject.ORGANIZATION ? "organizations." : "";
        SyncPolicies defaults = SyncPolicies.defaults();

        Map<String, FieldPolicy> filePolicies = file.fieldPolicies() == null ? Map.of() : file.fieldPolicies();
        List<String> mapped = mapping.fields().keySet().stream().map(ContactField::jsonName).toList();
        filePolicies.keySet().stream().filter(name -> !mapped.contains(name)).forEach(name -> problems.add(
                section + "fieldPolicies." + name + ": not a field of the mapping (mapped: " + String.join(", ", mapped) + ")"));
        FieldPolicy fallback = orDefault(file.defaultFieldPolicy(), SyncPolicies.DEFAULT_FIELD_POLICY);
        Map<ContactField, FieldPolicy> fieldPolicies = new TreeMap<>();
        Map<ContactField, FieldDirection> fieldDirections = new TreeMap<>();
        mapping.fields().values().forEach(field -> {
            FieldPolicy given = filePolicies.get(field.field().jsonName());
            Side owner = field.direction().owner();
            if (given != null && owner != null && !given.name().equals(owner.name())) {
                problems.add(section + "fieldPolicies." + field.field().jsonName() + ": " + given + " cannot apply, the"
                        + " mapping makes the field " + field.direction() + " (settled by its owner, " + owner + ")");
            }
            fieldPolicies.put(field.field(), field.policy() != null ? field.policy()
                    : filePolicies.getOrDefault(field.field().jsonName(),
                    defaults.fieldPolicies().getOrDefault(field.field(), fallback)));
            fieldDirections.put(field.field(), field.direction());
        });
        String resolver = orDefault(file.resolver(), defaults.resolver());
        try {
            Resolvers.byName(resolver);
        } catch (IllegalArgumentException e) {
            problems.add(section + "resolver: " + e.getMessage());
        }
        Duration skew = defaults.clockSkewTolerance();
        if (file.clockSkewTolerance() != null) {
            try {
                skew = parseDuration(file.clockSkewTolerance());
            } catch (DateTimeParseException e) {
                problems.add(section + "clockSkewTolerance: '" + file.clockSkewTolerance()
                        + "' is not a duration such as 2s, 1.5s, 1m or PT2S");
            }
        }
        String region = orDefault(file.defaultPhoneRegion(), defaults.defaultPhoneRegion());
        try {
            new ValueNormalizer(region);
        } catch (IllegalArgumentException e) {
            problems.add(section + "defaultPhoneRegion: " + e.getMessage());
        }
        MassDisappearance massDisappearance = defaults.massDisappearance();
        if (file.massDisappearance() != null) {
            try {
                massDisappearance = new MassDisappearance(
                        orDefault(file.massDisappearance().maxFraction(), massDisappearance.maxFraction()),
                        orDefault(file.massDisappearance().minLinks(), massDisappearance.minLinks()));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new SettingsException("Invalid sync policies " + effective + ":\n  - "
                    + String.join("\n  - ", problems));
        }
        return new SyncPolicies(fieldPolicies, fieldDirections, skew, orDefault(file.tieBreaker(), defaults.tieBreaker()),
                orDefault(file.deletePolicy(), defaults.deletePolicy()), resolver,
                orDefault(file.matchByPhone(), defaults.matchByPhone()), region.toUpperCase(Locale.ROOT),
                massDisappearance);
    }

    /** ISO-8601 ({@code PT2S}) or the short form {@code 2s}, {@code 1.5s}, {@code 1m}. */
    static Duration parseDuration(String text) {
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        Duration duration = Duration.parse(trimmed.startsWith("P") ? trimmed : "PT" + trimmed);
        if (duration.isNegative()) {
            throw new DateTimeParseException("negative duration", text, 0);
        }
        return duration;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
