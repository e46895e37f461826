package io.contactsync.sandbox.salesforce;

import io.contactsync.sandbox.SandboxSettings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The emulated org: its id, its connected app and its two users, the integration user the sync logs in as
 * and a human editor (same password) whose edits tests can tell apart by LastModifiedById.
 */
final class DemoOrg {

    static final String EDITOR_USERNAME = "editor@contact-sync.sandbox";

    private final String orgId = EmulatedSalesforceIds.id(EmulatedSalesforceIds.ORG_PREFIX, 1);
    private final SandboxSettings.Salesforce settings;
    private final DemoUser integrationUser;
    private final DemoUser editor;

    DemoOrg(SandboxSettings.Salesforce settings) {
        this.settings = settings;
        this.integrationUser = new DemoUser(settings.username(), EmulatedSalesforceIds.id(EmulatedSalesforceIds.USER_PREFIX, 1),
                "Integration User");
        this.editor = new DemoUser(EDITOR_USERNAME, EmulatedSalesforceIds.id(EmulatedSalesforceIds.USER_PREFIX, 2), "Sandbox Editor");
    }

    String orgId() {
        return orgId;
    }

    SandboxSettings.Salesforce settings() {
        return settings;
    }

    DemoUser integrationUser() {
        return integrationUser;
    }

    DemoUser editor() {
        return editor;
    }

    /** The user with this username and password, if any. */
    Optional<DemoUser> authenticate(String username, String password) {
        if (username == null || !settings.password().equals(password)) {
            return Optional.empty();
        }
        return List.of(integrationUser, editor).stream()
                .filter(u -> u.username().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
