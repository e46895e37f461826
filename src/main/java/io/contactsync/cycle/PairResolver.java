package io.contactsync.cycle;

import io.contactsync.model.ContactPair;
import io.contactsync.model.Resolution;

import java.util.function.Supplier;

/** What the route {@code route-pair} calls to resolve a pair: the resolver the settings in use name. */
public final class PairResolver {

    private final Supplier<SyncSettings> settings;

    public PairResolver(Supplier<SyncSettings> settings) {
        this.settings = settings;
    }

    public Resolution resolve(ContactPair pair) {
        return settings.get().resolver().resolve(pair);
    }
}
