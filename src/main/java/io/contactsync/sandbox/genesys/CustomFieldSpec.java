package io.contactsync.sandbox.genesys;

import java.util.List;

/**
 * One custom field of a data schema: its core type and the constraints its author set (null when not set).
 *
 * @param enumKeys the allowed stored values of an {@code enum} field (its keys, not its titles)
 */
record CustomFieldSpec(String name, CoreType type, Long minLength, Long maxLength, Double minimum, Double maximum,
                       List<String> enumKeys, Long minItems, Long maxItems, Long itemMinLength,
                       Long itemMaxLength) {
}
