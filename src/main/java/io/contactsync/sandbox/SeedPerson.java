package io.contactsync.sandbox;

/**
 * One demo person, neutral of either API's shape; each emulator maps it to its own record.
 * Phones are in national US display form, e.g. "(317) 555-0142".
 */
public record SeedPerson(int index, boolean shared, String firstName, String lastName, String email, String title,
                         String workPhone, String mobilePhone, String street, String city, String state,
                         String postalCode, String country) {
}
