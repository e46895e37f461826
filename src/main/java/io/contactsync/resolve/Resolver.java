package io.contactsync.resolve;

import io.contactsync.model.ContactPair;
import io.contactsync.model.Resolution;
import io.contactsync.model.SyncPolicies;

/** Decides, for a matched pair, what each side should hold. Pure: no I/O, same input, same output. */
public interface Resolver {

    /**
     * @param pair a pair of live records (deleted pairs go to {@code DeleteResolver})
     * @throws IllegalArgumentException when a record of the pair is deleted
     */
    Resolution resolve(ContactPair pair, SyncPolicies policies);
}
