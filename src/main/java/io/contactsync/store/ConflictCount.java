package io.contactsync.store;

/** How many conflicts a run recorded on one field under one policy. */
public record ConflictCount(String field, String policy, int count) {
}
