package io.contactsync.store;

import io.contactsync.model.MappedObject;

/** How many conflicts a run recorded on one field of one object under one policy. */
public record ConflictCount(MappedObject object, String field, String policy, int count) {
}
