package io.contactsync.sandbox;

/**
 * One demo company, neutral of either API's shape (a Salesforce Account); phones in national US display form.
 *
 * @param index the company's number in its seed request, from 0
 */
public record SeedCompany(int index, String name, String phone, String website, String industry, String street,
                          String city, String state, String postalCode, String country) {
}
