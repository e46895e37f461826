package io.contactsync.store;

/**
 * How long the texts an operator gives may be: the sizes of the columns that store them ({@code resolved_by},
 * {@code decided_by} and record ids are {@code VARCHAR}), and for {@code TEXT} columns the limit the store keeps.
 */
public final class TextLimits {

    /** {@code resolved_by}, {@code decided_by}: {@code VARCHAR(128)}. */
    public static final int BY = 128;
    /** Record ids ({@code salesforce_id}, {@code genesys_id}, ...): {@code VARCHAR(64)}. */
    public static final int RECORD_ID = 64;
    /** {@code resolution_note}. */
    public static final int NOTE = 2000;
    /** A contact field's value ({@code chosen_value}), longer than any field either system stores. */
    public static final int FIELD_VALUE = 1000;
    /** A keyword such as an action or a side. */
    public static final int KEYWORD = 32;
    /** {@code refetch_request.reason} and {@code last_error}: {@code VARCHAR(1000)}. */
    public static final int REASON = 1000;

    private TextLimits() {
    }

    /** The text cut to {@code limit} characters, marked as cut: for texts the system writes, not an operator. */
    public static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
