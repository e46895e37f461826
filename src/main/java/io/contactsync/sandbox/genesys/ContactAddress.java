package io.contactsync.sandbox.genesys;

/** Genesys' ContactAddress. */
public record ContactAddress(String address1, String address2, String city, String state, String postalCode,
                             String countryCode) {
}
