package io.contactsync.match;

import io.contactsync.model.Side;

/** How review reasons and audit entries name the two systems. */
public final class SideNames {

    private SideNames() {
    }

    public static String of(Side side) {
        return side == Side.SALESFORCE ? "Salesforce" : "Genesys Cloud";
    }
}
