package io.contactsync.config;

import io.contactsync.cycle.CheckedSchemas;
import io.contactsync.cycle.MappingVerification;
import io.contactsync.mapping.FieldMapping;
import io.contactsync.model.MappedObject;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static io.contactsync.config.ContactSyncConfiguration.setting;

/**
 * The beans of the validate command: only what the routes {@code check-every-mapping} and {@code check-mapping} and
 * the Genesys Cloud calls need, from the same settings as the sync (the organizations' mapping and the contacts');
 * no state store, no server.
 */
public final class ValidateConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        String organizationMappingFile = setting(properties, "sync.organization-mapping.file");
        boolean organizationsSynced = !ContactSyncConfiguration.OFF.equalsIgnoreCase(organizationMappingFile);
        Map<MappedObject, Supplier<FieldMapping>> mappings = new LinkedHashMap<>();
        if (organizationsSynced) {
            FieldMapping organizations = ContactSyncConfiguration.organizationMapping(organizationMappingFile);
            mappings.put(MappedObject.ORGANIZATION, () -> organizations);
        }
        FieldMapping contacts = ContactSyncConfiguration.contactMapping(setting(properties, "sync.mapping.file"),
                organizationsSynced);
        mappings.put(MappedObject.CONTACT, () -> contacts);
        Map<MappedObject, CheckedSchemas> schemas = new EnumMap<>(MappedObject.class);
        mappings.keySet().forEach(object -> schemas.put(object, new CheckedSchemas()));
        ContactSyncConfiguration.bindSystemCalls(context.getRegistry(), properties, Clock.systemUTC(),
                new MappingVerification(mappings, schemas));
    }
}
