package io.contactsync.genesys;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Genesys Cloud regions and their host domains: the API is at {@code https://api.<domain>}, the login at
 * {@code https://login.<domain>}. Names follow the SDK's {@code PureCloudRegionHosts}.
 */
public enum GenesysRegion {
    US_EAST_1("mypurecloud.com"),
    US_EAST_2("use2.us-gov-pure.cloud"),
    US_WEST_2("usw2.pure.cloud"),
    CA_CENTRAL_1("cac1.pure.cloud"),
    EU_WEST_1("mypurecloud.ie"),
    EU_WEST_2("euw2.pure.cloud"),
    EU_CENTRAL_1("mypurecloud.de"),
    EU_CENTRAL_2("euc2.pure.cloud"),
    AP_SOUTHEAST_2("mypurecloud.com.au"),
    AP_NORTHEAST_1("mypurecloud.jp"),
    AP_NORTHEAST_2("apne2.pure.cloud"),
    AP_NORTHEAST_3("apne3.pure.cloud"),
    AP_SOUTH_1("aps1.pure.cloud"),
    SA_EAST_1("sae1.pure.cloud"),
    ME_CENTRAL_1("mec1.pure.cloud");

    private final String domain;

    GenesysRegion(String domain) {
        this.domain = domain;
    }

    public String apiUrl() {
        return "https://api." + domain;
    }

    public String loginUrl() {
        return "https://login." + domain;
    }

    /** Accepts {@code us_east_1}, {@code US-EAST-1} or the domain itself ({@code mypurecloud.ie}). */
    public static GenesysRegion parse(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (GenesysRegion region : values()) {
            if (region.name().equals(name) || region.domain.equalsIgnoreCase(value.trim())) {
                return region;
            }
        }
        throw new IllegalArgumentException("Unknown Genesys Cloud region '" + value + "'; use one of "
                + Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
