package io.contactsync.sandbox.genesys;

/**
 * Genesys' PhoneNumber. Clients set {@code display} (and optionally {@code extension}, {@code acceptsSMS},
 * {@code normalizationCountryCode}); the server sets {@code userInput}, {@code e164} and {@code countryCode}
 * and rewrites {@code display} to international format when the number parses.
 */
public record PhoneNumber(String display, Long extension, Boolean acceptsSMS, String normalizationCountryCode,
                          String userInput, String e164, String countryCode) {

    /** A phone as a client sends it: just the number as typed. */
    public static PhoneNumber typed(String display) {
        return new PhoneNumber(display, null, null, null, null, null, null);
    }
}
