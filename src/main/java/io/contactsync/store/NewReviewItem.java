package io.contactsync.store;


import io.contactsync.model.MappedObject;
import java.util.List;

/**
 * A decision to put before an operator, about records of one object.
 *
 * @param correlationKey what identifies the situation across cycles (e.g. the normalised email), so the same
 *                       situation found again updates the open item instead of adding another
 * @param details        more context as JSON (e.g. the candidates' values), may be null
 */
public record NewReviewItem(
        MappedObject object,
        ReviewKind kind,
        String correlationKey,
        List<String> salesforceIds,
        List<String> genesysIds,
        String reason,
        String details) {

    public NewReviewItem {
        if (object == null) {
            throw new IllegalArgumentException("A review item names its object");
        }
        if (kind == null) {
            throw new IllegalArgumentException("A review item names its kind");
        }
        if (correlationKey == null || correlationKey.isBlank()) {
            throw new IllegalArgumentException("A review item needs a correlation key");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A review item says why it needs a decision");
        }
        salesforceIds = salesforceIds == null ? List.of() : List.copyOf(salesforceIds);
        genesysIds = genesysIds == null ? List.of() : List.copyOf(genesysIds);
    }
}
