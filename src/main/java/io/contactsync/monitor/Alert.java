package io.contactsync.monitor;

/** One raised alert: its condition and a sentence with the numbers. */
public record Alert(AlertCondition condition, String message) {
}
