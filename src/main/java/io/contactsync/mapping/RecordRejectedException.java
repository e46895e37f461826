package io.contactsync.mapping;

import io.contactsync.model.Side;

/**
 * One record that cannot be mapped or written: it goes to the dead-letter store with this reason, and the rest
 * of the batch proceeds.
 */
public class RecordRejectedException extends RuntimeException {

    private final transient MappingResult.Rejected<?> rejected;

    public RecordRejectedException(MappingResult.Rejected<?> rejected) {
        super(rejected.side() + " record " + rejected.recordId() + ": " + rejected.reason());
        this.rejected = rejected;
    }

    public Side side() {
        return rejected.side();
    }

    public String recordId() {
        return rejected.recordId();
    }

    public String reason() {
        return rejected.reason();
    }

    public String payload() {
        return rejected.payload();
    }
}
