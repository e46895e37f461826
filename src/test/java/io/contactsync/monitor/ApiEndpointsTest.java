package io.contactsync.monitor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint label of each kind of call the sync makes: no record id, no API version in it. */
class ApiEndpointsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "GET | /services/data/v56.0/queryAll/ | GET /queryAll",
            "GET | /services/data/v56.0/query/ | GET /query",
            "GET | /services/data/v56.0/query/01gD0000002HU6KIAW-2000 | GET /query/{id}",
            "POST | /services/data/v56.0/composite/sobjects | POST /composite/sobjects",
            "DELETE | /services/data/v56.0/composite/sobjects | DELETE /composite/sobjects",
            "GET | /services/data/v56.0/sobjects/Contact/003000000000001AAA | GET /sobjects/Contact/{id}",
            "GET | /services/data/v56.0/sobjects/Contact/003000000000001 | GET /sobjects/Contact/{id}",
            "POST | /services/oauth2/token | POST /services/oauth2/token"})
    void salesforce(String method, String path, String label) {
        assertThat(ApiEndpoints.salesforce(method, path)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "GET | /api/v2/externalcontacts/scan/contacts | GET /api/v2/externalcontacts/scan/contacts",
            "POST | /oauth/token | POST /oauth/token",
            "POST | /api/v2/externalcontacts/bulk/contacts/update | POST /api/v2/externalcontacts/bulk/contacts/update",
            "GET | /api/v2/externalcontacts/contacts/6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b"
                    + " | GET /api/v2/externalcontacts/contacts/{id}"})
    void genesys(String method, String path, String label) {
        assertThat(ApiEndpoints.genesys(method, path)).isEqualTo(label);
    }
}
