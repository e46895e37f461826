package io.contactsync.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A canonical contact field: a name that the mapping file declares (see docs/engine.md, "Field mapping file").
 * A field is its name; its type, where it lives on each side, its direction and its policy are the mapping's.
 *
 * <p>The constants are the names the packaged mapping gives its fields. Matching relies on two of them: the
 * {@link #EMAIL} field and the phone fields in {@link #PHONES_BY_TRUST}, whatever else a mapping declares.
 */
public record ContactField(String jsonName) implements Comparable<ContactField> {

    /** Before the constants, which it checks. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public static final ContactField FIRST_NAME = new ContactField("firstName");
    public static final ContactField LAST_NAME = new ContactField("lastName");
    public static final ContactField TITLE = new ContactField("title");
    public static final ContactField EMAIL = new ContactField("email");
    public static final ContactField WORK_PHONE = new ContactField("workPhone");
    public static final ContactField MOBILE_PHONE = new ContactField("mobilePhone");
    public static final ContactField HOME_PHONE = new ContactField("homePhone");
    public static final ContactField OTHER_PHONE = new ContactField("otherPhone");
    public static final ContactField STREET = new ContactField("street");
    public static final ContactField CITY = new ContactField("city");
    public static final ContactField STATE = new ContactField("state");
    public static final ContactField POSTAL_CODE = new ContactField("postalCode");
    public static final ContactField COUNTRY = new ContactField("country");
    public static final ContactField TAGS = new ContactField("tags");
    public static final ContactField NOTES = new ContactField("notes");
    public static final ContactField ACCOUNT = new ContactField("account");

    /** The phone fields matching tries, most personal first (shared lines last). */
    public static final List<ContactField> PHONES_BY_TRUST = List.of(MOBILE_PHONE, WORK_PHONE, HOME_PHONE,
            OTHER_PHONE);

    public ContactField {
        if (jsonName == null || !NAME.matcher(jsonName).matches()) {
            throw new IllegalArgumentException("'" + jsonName + "' is not a field name: letters, digits and _,"
                    + " starting with a letter");
        }
    }

    @Override
    public int compareTo(ContactField other) {
        return jsonName.compareTo(other.jsonName);
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
