package io.contactsync.config;

import org.apache.camel.spi.PropertiesFunction;

import java.util.Map;

/**
 * Camel's {@code {{env:NAME:default}}} placeholder over the environment the sync is given (the process's, or a
 * test's), so that {@code application.properties} is the one place where variables become settings. A blank
 * variable counts as unset.
 */
final class EnvironmentFunction implements PropertiesFunction {

    private final Map<String, String> environment;

    EnvironmentFunction(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String getName() {
        return "env";
    }

    @Override
    public String apply(String remainder) {
        int colon = remainder.indexOf(':');
        String name = colon < 0 ? remainder : remainder.substring(0, colon);
        String value = environment.get(name.trim());
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        return colon < 0 ? null : remainder.substring(colon + 1);
    }
}
