package io.contactsync.model;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The decision settings of a deployment.
 *
 * @param fieldPolicies      the policy of every canonical field
 * @param clockSkewTolerance two modification times closer than this are a tie under LAST_WRITE
 * @param tieBreaker         the side that wins a LAST_WRITE tie
 * @param deletePolicy       what a delete on one side of a linked pair does
 * @param resolver           the resolver bean name ({@code threeWayMerge}, {@code fieldPriority},
 *                           {@code lastWriteWins})
 * @param matchByPhone       whether unlinked contacts may be matched by phone number (risky: shared lines)
 * @param defaultPhoneRegion the region (ISO 3166 code) assumed for phone numbers typed without a country code
 * @param massDisappearance  when a run finding linked contacts gone on one side holds for an operator
 */
public record SyncPolicies(Map<ContactField, FieldPolicy> fieldPolicies, Duration clockSkewTolerance,
                           Side tieBreaker, DeletePolicy deletePolicy, String resolver, boolean matchByPhone,
                           String defaultPhoneRegion, MassDisappearance massDisappearance) {

    public static final String DEFAULT_RESOLVER = "threeWayMerge";

    public SyncPolicies {
        EnumMap<ContactField, FieldPolicy> copy = new EnumMap<>(ContactField.class);
        copy.putAll(fieldPolicies);
        for (ContactField field : ContactField.values()) {
            if (copy.get(field) == null) {
                throw new IllegalArgumentException("No policy for field " + field.jsonName());
            }
        }
        fieldPolicies = Collections.unmodifiableMap(copy);
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
     * The defaults: names and title are Salesforce-owned (master data kept by sales and account teams); email,
     * phones and the address are LAST_WRITE (customers tell agents about new numbers and moves as often as sales
     * hears of them); 2 s clock-skew tolerance, Salesforce breaks ties, deletes unlink, three-way merge, no phone
     * matching, US numbering, runs hold when more than a fifth of at least 50 links vanish on one side.
     */
    public static SyncPolicies defaults() {
        return new SyncPolicies(defaultFieldPolicies(), Duration.ofSeconds(2), Side.SALESFORCE, DeletePolicy.UNLINK,
                DEFAULT_RESOLVER, false, "US", MassDisappearance.defaults());
    }

    public static Map<ContactField, FieldPolicy> defaultFieldPolicies() {
        EnumMap<ContactField, FieldPolicy> policies = new EnumMap<>(ContactField.class);
        Arrays.stream(ContactField.values()).forEach(field -> policies.put(field, switch (field) {
            case FIRST_NAME, LAST_NAME, TITLE -> FieldPolicy.SALESFORCE;
            case EMAIL, WORK_PHONE, MOBILE_PHONE, HOME_PHONE, OTHER_PHONE,
                    STREET, CITY, STATE, POSTAL_CODE, COUNTRY -> FieldPolicy.LAST_WRITE;
        }));
        return policies;
    }

    public FieldPolicy policyFor(ContactField field) {
        return fieldPolicies.get(field);
    }

    /** A copy with one field's policy replaced. */
    public SyncPolicies withFieldPolicy(ContactField field, FieldPolicy policy) {
        EnumMap<ContactField, FieldPolicy> copy = new EnumMap<>(fieldPolicies);
        copy.put(field, policy);
        return new SyncPolicies(copy, clockSkewTolerance, tieBreaker, deletePolicy, resolver, matchByPhone,
                defaultPhoneRegion, massDisappearance);
    }
}
