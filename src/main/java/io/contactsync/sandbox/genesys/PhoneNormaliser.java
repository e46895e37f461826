package io.contactsync.sandbox.genesys;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Locale;

/**
 * Sets the server-side parts of a PhoneNumber as Genesys Cloud does: keeps what the client typed in
 * {@code userInput}, and when it parses (in {@code normalizationCountryCode}'s region, default US) rewrites
 * {@code display} to international format and fills {@code e164} and {@code countryCode}. A number that does
 * not parse is kept as typed, without {@code e164}.
 */
final class PhoneNormaliser {

    static final String DEFAULT_REGION = "US";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNormaliser() {
    }

    static PhoneNumber normalise(PhoneNumber phone) {
        if (phone == null) {
            return null;
        }
        String typed = firstNonBlank(phone.display(), phone.e164());
        if (typed == null) {
            return new PhoneNumber(null, phone.extension(), phone.acceptsSMS(), phone.normalizationCountryCode(),
                    null, null, null);
        }
        Phonenumber.PhoneNumber parsed = parse(typed, regionOf(phone.normalizationCountryCode()));
        if (parsed == null) {
            return new PhoneNumber(typed, phone.extension(), phone.acceptsSMS(), phone.normalizationCountryCode(),
                    typed, null, null);
        }
        Long extension = phone.extension();
        if (extension == null && parsed.hasExtension() && parsed.getExtension().matches("\\d{1,18}")) {
            extension = Long.valueOf(parsed.getExtension());
        }
        parsed.clearExtension();
        String region = UTIL.getRegionCodeForNumber(parsed);
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL), extension, phone.acceptsSMS(),
                phone.normalizationCountryCode(), typed, UTIL.format(parsed, PhoneNumberFormat.E164),
                region == null || "ZZ".equals(region) ? null : region);
    }

    /** Whether the value is already in E.164 form ({@code +} and up to 15 digits), as identifier lookup demands. */
    static boolean isE164(String value) {
        return value != null && value.matches("\\+[1-9]\\d{1,14}");
    }

    private static Phonenumber.PhoneNumber parse(String typed, String region) {
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(typed, region);
            return UTIL.isPossibleNumber(parsed) ? parsed : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static String regionOf(String normalizationCountryCode) {
        if (normalizationCountryCode == null) {
            return DEFAULT_REGION;
        }
        String region = normalizationCountryCode.trim().toUpperCase(Locale.ROOT);
        return UTIL.getSupportedRegions().contains(region) ? region : DEFAULT_REGION;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.trim();
        }
        return second == null || second.isBlank() ? null : second.trim();
    }
}
