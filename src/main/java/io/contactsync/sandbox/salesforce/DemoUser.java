package io.contactsync.sandbox.salesforce;

/** A user of the emulated org who can log in with the demo password. */
record DemoUser(String username, String userId, String displayName) {
}
