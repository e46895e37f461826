package io.contactsync.sandbox.genesys;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an organization a client sent against Genesys' documented limits and returns it as the server stores
 * it: text trimmed (blank means absent), phones normalised, empty lists absent. {@code name} is required (at
 * most 1000 characters), each ticker needs its symbol and exchange. Every invalid field is reported at once.
 */
final class OrganizationValidator {

    static final int NAME_MAX = 1000;
    static final int TEXT_MAX = 1000;

    /**
     * The organization as the server stores it.
     *
     * @throws EmulatedGenesysError 400 naming every invalid field
     */
    static OrganizationFields validate(OrganizationFields org, GenesysBehaviour behaviour) {
        FieldChecks v = new FieldChecks(behaviour);
        String name = v.requiredText("name", org.name(), NAME_MAX);
        List<Ticker> tickers = tickers(v, org.tickers());
        OrganizationFields valid = new OrganizationFields(name,
                v.text("companyType", org.companyType(), TEXT_MAX),
                v.text("industry", org.industry(), TEXT_MAX),
                v.text("primaryContactId", org.primaryContactId(), TEXT_MAX),
                v.address(org.address()),
                PhoneNormaliser.normalise(org.phoneNumber()),
                PhoneNormaliser.normalise(org.faxNumber()),
                org.employeeCount(), org.revenue(),
                texts(v, "tags", org.tags()),
                texts(v, "websites", org.websites()),
                tickers,
                org.twitterId(),
                v.text("externalSystemUrl", org.externalSystemUrl(), ContactValidator.URL_MAX),
                org.schema(), org.customFields());
        v.throwIfInvalid("organization");
        return valid;
    }

    private static List<String> texts(FieldChecks v, String field, List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = v.text(field + "[" + i + "]", values.get(i), TEXT_MAX);
            if (value != null) {
                kept.add(value);
            }
        }
        return kept.isEmpty() ? null : List.copyOf(kept);
    }

    private static List<Ticker> tickers(FieldChecks v, List<Ticker> tickers) {
        if (tickers == null || tickers.isEmpty()) {
            return null;
        }
        List<Ticker> kept = new ArrayList<>();
        for (int i = 0; i < tickers.size(); i++) {
            Ticker t = tickers.get(i) == null ? new Ticker(null, null) : tickers.get(i);
            kept.add(new Ticker(v.requiredText("tickers[" + i + "].symbol", t.symbol(), TEXT_MAX),
                    v.requiredText("tickers[" + i + "].exchange", t.exchange(), TEXT_MAX)));
        }
        return List.copyOf(kept);
    }

    private OrganizationValidator() {
    }
}
