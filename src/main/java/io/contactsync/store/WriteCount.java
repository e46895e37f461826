package io.contactsync.store;

import io.contactsync.model.MappedObject;
import io.contactsync.model.Side;

/** How many writes of one kind a run made to records of one object on one side, from the journal. */
public record WriteCount(MappedObject object, Side side, JournalAction action, int count) {
}
