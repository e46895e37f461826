package io.contactsync.store;

/**
 * Where a failure was filed.
 *
 * @param id     the dead letter holding it
 * @param opened true when it opened a new dead letter, false when it counted another attempt on an OPEN one
 */
public record DeadLetterFiled(long id, boolean opened) {
}
