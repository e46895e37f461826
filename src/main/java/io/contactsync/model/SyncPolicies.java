package io.contactsync.model;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decision settings of a deployment.
 *
 * @param fieldPolicies      the policy of every mapped field
 * @param fieldDirections    the direction of the fields that do not flow both ways (absent: BOTH)
 * @param clockSkewTolerance two modification times closer than this are a tie under LAST_WRITE
 * @param tieBreaker         the side that wins a LAST_WRITE tie
 * @param deletePolicy       what a delete on one side of a linked pair does
 * @param resolver           the resolver bean name ({@code threeWayMerge}, {@code fieldPriority},
 *                           {@code lastWriteWins})
 * @param matchByPhone       whether unlinked contacts may be matched by phone number (risky: shared lines)
 * @param defaultPhoneRegion the region (ISO 3166 code) assumed for phone numbers typed without a country code
 * @param massDisappearance  when a run finding linked contacts gone on one side holds for an operator
 */
public record SyncPolicies(Map<ContactField, FieldPolicy> fieldPolicies,
                           Map<ContactField, FieldDirection> fieldDirections, Duration clockSkewTolerance,
                           Side tieBreaker, DeletePolicy deletePolicy, String resolver, boolean matchByPhone,
                           String defaultPhoneRegion, MassDisappearance massDisappearance) {

    public static final String DEFAULT_RESOLVER = "threeWayMerge";
    /** The policy of a field that neither the mapping nor the policies file gives one. */
    public static final FieldPolicy DEFAULT_FIELD_POLICY = FieldPolicy.LAST_WRITE;

    public SyncPolicies {
        fieldPolicies.forEach((field, policy) -> Objects.requireNonNull(policy, "policy of " + field));
        fieldPolicies = Collections.unmodifiableSortedMap(new TreeMap<>(fieldPolicies));
        TreeMap<ContactField, FieldDirection> directions = new TreeMap<>();
        fieldPolicies.keySet().forEach(field -> directions.put(field, FieldDirection.BOTH));
        fieldDirections.forEach((field, direction) -> {
            if (!directions.containsKey(field)) {
                throw new IllegalArgumentException("A direction for " + field + ", which has no policy");
            }
            directions.put(field, Objects.requireNonNull(direction, "direction of " + field));
        });
        fieldDirections = Collections.unmodifiableSortedMap(directions);
        Objects.requireNonNull(clockSkewTolerance, "clockSkewTolerance");
        if (clockSkewTolerance.isNegative()) {
            throw new IllegalArgumentException("clockSkewTolerance must not be negative: " + clockSkewTolerance);
        }
        Objects.requireNonNull(tieBreaker, "tieBreaker");
        Objects.requireNonNull(deletePolicy, "deletePolicy");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
        Objects.requireNonNull(massDisappearance, "massDisappearance");
    }

    /**
     * The defaults, for the fields of the packaged mapping: names and title are Salesforce-owned and flow from
     * Salesforce only (master data kept by sales and account teams), tags and notes are Genesys-owned and flow from
     * Genesys Cloud only (agents tag callers and write notes); the contact's account flows both ways and Salesforce
     * wins when both sides moved it; email, phones and the address are LAST_WRITE
     * (customers tell agents about new numbers and moves as often as sales hears of them); 2 s clock-skew tolerance, Salesforce breaks ties, deletes
     * unlink, three-way merge, no phone matching, US numbering, runs hold when more than a fifth of at least 50
     * links vanish on one side.
     */
    public static SyncPolicies defaults() {
        Map<ContactField, FieldDirection> directions = new TreeMap<>();
        List.of(ContactField.FIRST_NAME, ContactField.LAST_NAME, ContactField.TITLE)
                .forEach(field -> directions.put(field, FieldDirection.SALESFORCE_TO_GENESYS));
        directions.put(ContactField.TAGS, FieldDirection.GENESYS_TO_SALESFORCE);
        directions.put(ContactField.NOTES, FieldDirection.GENESYS_TO_SALESFORCE);
        return new SyncPolicies(defaultFieldPolicies(), directions, Duration.ofSeconds(2), Side.SALESFORCE,
                DeletePolicy.UNLINK, DEFAULT_RESOLVER, false, "US", MassDisappearance.defaults());
    }

    /** The policies of the packaged mapping's fields. */
    public static Map<ContactField, FieldPolicy> defaultFieldPolicies() {
        Map<ContactField, FieldPolicy> policies = new TreeMap<>();
        List.of(ContactField.FIRST_NAME, ContactField.LAST_NAME, ContactField.TITLE, ContactField.ACCOUNT)
                .forEach(field -> policies.put(field, FieldPolicy.SALESFORCE));
        List.of(ContactField.EMAIL, ContactField.WORK_PHONE, ContactField.MOBILE_PHONE, ContactField.HOME_PHONE,
                        ContactField.OTHER_PHONE, ContactField.STREET, ContactField.CITY, ContactField.STATE,
                        ContactField.POSTAL_CODE, ContactField.COUNTRY)
                .forEach(field -> policies.put(field, FieldPolicy.LAST_WRITE));
        policies.put(ContactField.TAGS, FieldPolicy.GENESYS);
        policies.put(ContactField.NOTES, FieldPolicy.GENESYS);
        return policies;
    }

    /** The fields these policies settle: the mapped ones. */
    public Set<ContactField> fields() {
        return fieldPolicies.keySet();
    }

    public FieldPolicy policyFor(ContactField field) {
        return fieldPolicies.get(field);
    }

    public FieldDirection directionOf(ContactField field) {
        return fieldDirections.getOrDefault(field, FieldDirection.BOTH);
    }

    /** A copy with one field's policy replaced. */
    public SyncPolicies withFieldPolicy(ContactField field, FieldPolicy policy) {
        Map<ContactField, FieldPolicy> copy = new TreeMap<>(fieldPolicies);
        copy.put(field, policy);
        return new SyncPolicies(copy, fieldDirections, clockSkewTolerance, tieBreaker, deletePolicy, resolver,
                matchByPhone, defaultPhoneRegion, massDisappearance);
    }

    /** A copy with one field's direction replaced. */
    public SyncPolicies withFieldDirection(ContactField field, FieldDirection direction) {
        Map<ContactField, FieldDirection> copy = new TreeMap<>(fieldDirections);
        copy.put(field, direction);
        return new SyncPolicies(fieldPolicies, copy, clockSkewTolerance, tieBreaker, deletePolicy, resolver,
                matchByPhone, defaultPhoneRegion, massDisappearance);
    }
}
