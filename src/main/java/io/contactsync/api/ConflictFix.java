package io.contactsync.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.contactsync.mapping.GenesysContactMapper;
import io.contactsync.mapping.MappingResult;
import io.contactsync.mapping.SalesforceContactMapper;
import io.contactsync.mapping.Timestamps;
import io.contactsync.model.ContactField;
import io.contactsync.model.Patch;
import io.contactsync.model.Side;
import io.contactsync.model.SideRecord;
import io.contactsync.store.Conflict;
import io.contactsync.store.ConflictResolution;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An operator's decision on a conflict, applied to both systems: read both records, then set the field to the chosen
 * value where it differs. The Salesforce write is a single-record PATCH with {@code If-Unmodified-Since} (the record's
 * {@code LastModifiedDate} as read), so a change made in between is refused instead of overwritten; Genesys Cloud
 * gets the whole contact back (GET, then PUT). Both bodies are built before anything is written, so a value a system
 * would refuse changes nothing.
 */
public final class ConflictFix implements RecordJob {

    private enum Step { READ_SALESFORCE, READ_GENESYS, WRITE_SALESFORCE, WRITE_GENESYS, DONE }

    private final Conflict conflict;
    private final ContactField field;
    private final String value;
    private final ConflictResolution resolution;
    private final RecordPaths paths;
    private final SalesforceContactMapper salesforceMapper;
    private final GenesysContactMapper genesysMapper;
    private final Map<Side, SideRecord> read = new EnumMap<>(Side.class);
    private final Set<Side> written = EnumSet.noneOf(Side.class);
    private Step step = Step.READ_SALESFORCE;
    private String salesforceLastModified;
    /** The Genesys Cloud contact as read: its update is a full replacement of it. */
    private String genesysAsRead;
    private String salesforceBody;
    private String genesysBody;

    ConflictFix(Conflict conflict, ContactField field, String value, ConflictResolution resolution, RecordPaths paths,
                SalesforceContactMapper salesforceMapper, GenesysContactMapper genesysMapper) {
        this.conflict = conflict;
        this.field = field;
        this.value = value;
        this.resolution = resolution;
        this.paths = paths;
        this.salesforceMapper = salesforceMapper;
        this.genesysMapper = genesysMapper;
    }

    @Override
    public boolean hasNext() {
        return step != Step.DONE;
    }

    @Override
    public RecordCall next() {
        return switch (step) {
            case READ_SALESFORCE -> RecordCall.of(Side.SALESFORCE, "GET",
                    paths.contact(Side.SALESFORCE, conflict.details().salesforceId()), null);
            case READ_GENESYS -> RecordCall.of(Side.GENESYS, "GET", paths.contact(Side.GENESYS, conflict.details().genesysId()),
                    null);
            case WRITE_SALESFORCE -> new RecordCall(Side.SALESFORCE, "PATCH",
                    paths.contact(Side.SALESFORCE, conflict.details().salesforceId()), salesforceBody, salesforceLastModified);
            case WRITE_GENESYS -> RecordCall.of(Side.GENESYS, "PUT",
                    paths.contact(Side.GENESYS, conflict.details().genesysId()), genesysBody);
            case DONE -> throw new IllegalStateException("the conflict fix has no call left");
        };
    }

    @Override
    public void answered(String body) {
        switch (step) {
            case READ_SALESFORCE -> {
                read.put(Side.SALESFORCE, readRecord(salesforceMapper.read(body)));
                salesforceLastModified = httpDate(body);
                step = Step.READ_GENESYS;
            }
            case READ_GENESYS -> {
                read.put(Side.GENESYS, readRecord(genesysMapper.read(body)));
                genesysAsRead = body;
                prepareWrites();
                step = salesforceBody != null ? Step.WRITE_SALESFORCE : genesysBody != null ? Step.WRITE_GENESYS
                        : Step.DONE;
            }
            case WRITE_SALESFORCE -> {
                written.add(Side.SALESFORCE);
                step = genesysBody != null ? Step.WRITE_GENESYS : Step.DONE;
            }
            case WRITE_GENESYS -> {
                written.add(Side.GENESYS);
                step = Step.DONE;
            }
            case DONE -> throw new IllegalStateException("the conflict fix has no call left");
        }
    }

    private void prepareWrites() {
        Map<ContactField, String> change = new EnumMap<>(ContactField.class);
        change.put(field, value);
        Patch patch = new Patch(change);
        try {
            if (needsWrite(Side.SALESFORCE)) {
                salesforceBody = RecordPaths.body(Side.SALESFORCE,
                        salesforceMapper.updateRecord(conflict.details().salesforceId(), patch, null));
            }
            if (needsWrite(Side.GENESYS)) {
                genesysBody = RecordPaths.body(Side.GENESYS,
                        genesysMapper.updateBody(genesysAsRead, patch, null));
            }
        } catch (RecordPaths.BodyRefused e) {
            throw new ApiError(400, "cannot set " + field.jsonName() + " to " + quoted(value) + ": " + e.getMessage());
        }
    }

    private boolean needsWrite(Side side) {
        return !Objects.equals(read.get(side).contact().get(field), value);
    }

    private static SideRecord readRecord(MappingResult<SideRecord> result) {
        if (result instanceof MappingResult.Rejected<SideRecord> rejected) {
            throw new ApiError(409, "the " + rejected.side() + " record " + rejected.recordId()
                    + " cannot be read: " + rejected.reason());
        }
        return ((MappingResult.Mapped<SideRecord>) result).value();
    }

    /** The record's LastModifiedDate as an HTTP-date, for If-Unmodified-Since. */
    private static String httpDate(String salesforceRecord) {
        try {
            String modified = AdminApi.JSON.readTree(salesforceRecord).path("LastModifiedDate").asText(null);
            return modified == null ? null : DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Timestamps.parse(modified).atOffset(ZoneOffset.UTC));
        } catch (JsonProcessingException e) {
            throw new ApiError(409, "Salesforce answered a record that is not JSON");
        }
    }

    static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    public Conflict conflict() {
        return conflict;
    }

    public ContactField field() {
        return field;
    }

    public String value() {
        return value;
    }

    /** The operator's decision: the value, the winning side (null for a value of their own), who and why. */
    public ConflictResolution resolution() {
        return resolution;
    }

    /** The record as read before writing. */
    public SideRecord read(Side side) {
        return read.get(side);
    }

    public Set<Side> written() {
        return Set.copyOf(written);
    }
}
