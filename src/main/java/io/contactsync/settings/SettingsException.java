package io.contactsync.settings;

/** A settings file that cannot be used; the message names the file and every problem found in it. */
public class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
