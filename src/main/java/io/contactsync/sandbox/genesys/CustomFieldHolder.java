package io.contactsync.sandbox.genesys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a record that may carry custom fields: a reference to its data schema ({@code {id, version}})
 * and the values of the fields that schema declares.
 *
 * @param <F> the fields' own type
 */
interface CustomFieldHolder<F> {

    JsonNode schema();

    JsonNode customFields();

    /** These fields with the given schema reference and custom fields. */
    F withCustomFields(JsonNode newSchema, JsonNode newCustomFields);
}
