package io.contactsync.sandbox.salesforce;

import java.util.List;

/**
 * One Salesforce error: {@code {"message","errorCode","fields"}} in single-record responses, with
 * {@code statusCode} instead of {@code errorCode} in sObject Collections results.
 */
record ApiError(String errorCode, String message, List<String> fields) {

    ApiError {
        fields = List.copyOf(fields);
    }

    static ApiError of(String errorCode, String message, String... fields) {
        return new ApiError(errorCode, message, List.of(fields));
    }
}
