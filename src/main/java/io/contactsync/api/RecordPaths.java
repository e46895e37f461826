package io.contactsync.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactsync.mapping.MappingResult;
import io.contactsync.model.Side;

/** The single-record REST paths of both systems, and the request bodies the mappers' batch records become. */
public final class RecordPaths {

    private final String salesforceApiVersion;

    public RecordPaths(String salesforceApiVersion) {
        this.salesforceApiVersion = salesforceApiVersion;
    }

    /** A contact of the side, or the side's contact collection (for a create) when {@code id} is null. */
    public String contact(Side side, String id) {
        String collection = side == Side.SALESFORCE
                ? "/services/data/v" + salesforceApiVersion + "/sobjects/Contact"
                : "/api/v2/externalcontacts/contacts";
        return id == null ? collection : collection + "/" + id;
    }

    /**
     * The body of a single-record write from a mapper's record: Salesforce single-record calls name the object and
     * the id in the path, not in the body. A record the mapper refused is a {@link BodyRefused}.
     */
    public static String body(Side side, MappingResult<ObjectNode> record) {
        if (record instanceof MappingResult.Rejected<ObjectNode> rejected) {
            throw new BodyRefused(rejected.reason());
        }
        ObjectNode body = ((MappingResult.Mapped<ObjectNode>) record).value().deepCopy();
        if (side == Side.SALESFORCE) {
            body.remove("attributes");
            body.remove("id");
        }
        return body.toString();
    }

    /** The value cannot be written to a system (too long, a required field cleared, ...). */
    public static final class BodyRefused extends RuntimeException {
        public BodyRefused(String reason) {
            super(reason);
        }
    }
}
