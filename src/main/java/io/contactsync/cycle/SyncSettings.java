package io.contactsync.cycle;

import io.contactsync.mapping.FieldMapping;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.OrganizationIds;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.mapping.ValueNormalizer;
import io.contactsync.match.CompanyKey;
import io.contactsync.match.ContactMatcher;
import io.contactsync.match.DeleteResolver;
import io.contactsync.match.NaturalKey;
import io.contactsync.match.PersonKey;
import io.contactsync.model.MappedObject;
import io.contactsync.match.DisappearanceCheck;
import io.contactsync.match.OneWayMode;
import io.contactsync.model.SyncPolicies;
import io.contactsync.resolve.ConfiguredResolver;

/**
 * The field mapping and the policies the cycles run on, with what is built from them. A changed file makes new
 * settings ({@link ActiveSettings}); they are swapped only as a cycle starts, so a cycle runs on one of them from its
 * start to its end.
 */
public record SyncSettings(FieldMapping mapping, SyncPolicies policies, ValueNormalizer normalizer,
                           SalesforceContactMapper salesforceMapper, GenesysContactMapper genesysMapper,
                           OneWayMode oneWay, DeleteResolver deletes, ConfiguredResolver resolver,
                           DisappearanceCheck disappearanceCheck, NaturalKey naturalKey, ContactMatcher matcher) {

    /**
     * @param salesforceInstanceUrl the Salesforce URL a Genesys Cloud contact's link points into
     * @param schemas               where a record's data schema reference comes from
     * @param organizations         what a contact's organization stands for on the other side
     */
    public static SyncSettings of(FieldMapping mapping, SyncPolicies policies, String salesforceInstanceUrl,
                                  GenesysContactMapper.SchemaReferences schemas, OrganizationIds organizations) {
        ValueNormalizer normalizer = new ValueNormalizer(policies.defaultPhoneRegion());
        OneWayMode oneWay = new OneWayMode(mapping.direction(), mapping.linkIdsInSource());
        NaturalKey naturalKey = mapping.object() == MappedObject.ORGANIZATION ? new CompanyKey()
                : new PersonKey(policies.matchByPhone());
        return new SyncSettings(mapping, policies, normalizer, new SalesforceContactMapper(mapping, normalizer),
                new GenesysContactMapper(mapping, normalizer, salesforceInstanceUrl, schemas, organizations), oneWay,
                new DeleteResolver(policies.deletePolicy(), oneWay.source()), new ConfiguredResolver(policies),
                new DisappearanceCheck(policies.massDisappearance()), naturalKey, new ContactMatcher(naturalKey));
    }

    /** Whether the files behind these settings say the same as those behind the other's: what a reload compares. */
    public boolean sameAs(SyncSettings other) {
        return mapping.equals(other.mapping) && policies.equals(other.policies);
    }
}
