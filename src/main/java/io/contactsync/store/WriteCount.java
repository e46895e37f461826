package io.contactsync.store;

import io.contactsync.model.Side;

/** How many writes of one kind a run made on one side, from the journal. */
public record WriteCount(Side side, JournalAction action, int count) {
}
