package io.contactsync.sandbox.genesys;

/** One invalid field of a request: its name, the rejected value (may be null) and why. */
record FieldError(String fieldName, String value, String message) {

    @Override
    public String toString() {
        return fieldName + ": " + message;
    }
}
