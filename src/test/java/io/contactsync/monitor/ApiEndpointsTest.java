package io.contactsync.monitor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint label of each kind of call the routes make: no record id, no API version in it. */
class ApiEndpointsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "salesforce:queryAll?rawPayload=true | null | queryAll",
            "salesforce:queryMore?rawPayload=true | null | queryMore",
            "salesforce://queryAll?rawPayload=true | null | queryAll",
            "salesforce://raw?rawMethod=PATCH&rawPath=%2Fservices%2Fdata%2Fv56.0%2Fcomposite%2Fsobjects | null"
                    + " | PATCH /composite/sobjects",
            "salesforce:query | null | query",
            "salesforce:raw?rawMethod=POST&rawPath=/services/data/v56.0/composite/sobjects | null | POST /composite/sobjects",
            "salesforce:raw?rawMethod=DELETE&rawPath=/services/data/v56.0/composite/sobjects&rawQueryParameters=ids,allOrNone"
                    + " | null | DELETE /composite/sobjects",
            "salesforce:raw?rawMethod=GET | /services/data/v56.0/sobjects/Contact/003000000000001AAA | GET /sobjects/Contact/{id}",
            "salesforce:raw?rawMethod=GET | /services/data/v56.0/sobjects/Contact/003000000000001 | GET /sobjects/Contact/{id}"})
    void salesforce(String uri, String rawPath, String label) {
        assertThat(ApiEndpoints.salesforce(uri, rawPath)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "GET | /api/v2/externalcontacts/scan/contacts | GET /api/v2/externalcontacts/scan/contacts",
            "POST | /api/v2/externalcontacts/bulk/contacts/update | POST /api/v2/externalcontacts/bulk/contacts/update",
            "GET | /api/v2/externalcontacts/contacts/6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b"
                    + " | GET /api/v2/externalcontacts/contacts/{id}"})
    void genesys(String method, String path, String label) {
        assertThat(ApiEndpoints.genesys(method, path)).isEqualTo(label);
    }
}
