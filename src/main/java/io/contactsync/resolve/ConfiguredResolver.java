package io.contactsync.resolve;

import io.contactsync.model.ContactPair;
import io.contactsync.model.Resolution;
import io.contactsync.model.SyncPolicies;

/**
 * The resolver a deployment's policies name, bound to those policies: the bean a route calls with a
 * {@link ContactPair} body.
 */
public final class ConfiguredResolver {

    private final Resolver resolver;
    private final SyncPolicies policies;

    public ConfiguredResolver(SyncPolicies policies) {
        this.resolver = Resolvers.byName(policies.resolver());
        this.policies = policies;
    }

    public Resolution resolve(ContactPair pair) {
        return resolver.resolve(pair, policies);
    }
}
