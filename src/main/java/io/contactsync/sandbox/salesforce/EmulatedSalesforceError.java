package io.contactsync.sandbox.salesforce;

import java.util.List;

/**
 * One Salesforce error: {@code {"message","errorCode","fields"}} in single-record responses, with
 * {@code statusCode} instead of {@code errorCode} in sObject Collections results.
 */
record EmulatedSalesforceError(String errorCode, String message, List<String> fields) {

    EmulatedSalesforceError {
        fields = List.copyOf(fields);
    }

    static EmulatedSalesforceError of(String errorCode, String message, String... fields) {
        return new EmulatedSalesforceError(errorCode, message, List.of(fields));
    }
}
