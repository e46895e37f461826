package io.contactsync.config;

import io.contactsync.cycle.CheckedSchemas;
import io.contactsync.cycle.MappingVerification;
import io.contactsync.mapping.FieldMapping;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

import java.time.Clock;

import static io.contactsync.config.ContactSyncConfiguration.setting;

/**
 * The beans of the validate command: only what the route {@code check-mapping} and the Genesys Cloud calls need,
 * from the same settings as the sync; no state store, no server.
 */
public final class ValidateConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        FieldMapping mapping = ContactSyncConfiguration.contactMapping(setting(properties, "sync.mapping.file"),
                !ContactSyncConfiguration.OFF.equalsIgnoreCase(setting(properties, "sync.organization-mapping.file")));
        CheckedSchemas schemas = new CheckedSchemas();
        ContactSyncConfiguration.bindSystemCalls(context.getRegistry(), properties, Clock.systemUTC(),
                new MappingVerification(() -> mapping, () -> schemas));
    }
}
