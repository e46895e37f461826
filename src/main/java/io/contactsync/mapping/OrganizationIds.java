package io.contactsync.mapping;

import java.util.Optional;

/**
 * Translates a contact's organization between the two systems: the canonical value of a {@link FieldType#REFERENCE}
 * field is the Salesforce Account id, and a Genesys Cloud external organization id stands for the Account it is linked
 * to. The links are the sync's own (the organizations are settled in a cycle before the contacts that point to them).
 */
public interface OrganizationIds {

    /** The Salesforce Account linked to a Genesys Cloud external organization, if they are linked. */
    Optional<String> salesforceId(String genesysOrganizationId);

    /** The Genesys Cloud external organization linked to a Salesforce Account, if they are linked. */
    Optional<String> genesysId(String salesforceAccountId);

    /**
     * What a contact attached to an organization that is not linked reads as: when organizations only flow from
     * Salesforce, such an organization never gets an Account, and the contact reads as attached to none (true);
     * else the organization is created in Salesforce in a coming cycle, and the contact waits for it (false).
     */
    boolean unlinkedReadsAsNone();

    /** For mappings without a reference field, and for the organizations' own mapping. */
    OrganizationIds NONE = nothingLinked(false);

    /** No organization linked to any other. */
    static OrganizationIds nothingLinked(boolean unlinkedReadsAsNone) {
        return new OrganizationIds() {
            @Override
            public Optional<String> salesforceId(String genesysOrganizationId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> genesysId(String salesforceAccountId) {
                return Optional.empty();
            }

            @Override
            public boolean unlinkedReadsAsNone() {
                return unlinkedReadsAsNone;
            }
        };
    }
}
