package io.contactsync.match;

import io.contactsync.model.ContactField;
import io.contactsync.model.SideRecord;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organization's natural key: {@code company:<normalised name>} of its {@value #NAME} field, where case, accents,
 * punctuation, a leading "the" and a trailing legal form ("Inc.", "GmbH", "Ltd" ...) do not count, so that
 * "ACME, Inc." and "Acme" meet. Two organizations of one name whose {@value #WEBSITE} fields are on different domains
 * are told apart (one company's name is often another's too).
 */
public final class CompanyKey implements NaturalKey {

    /** The canonical fields of the organization mapping the key reads. */
    public static final String NAME = "name";
    public static final String WEBSITE = "website";

    private static final ContactField NAME_FIELD = new ContactField(NAME);
    private static final ContactField WEBSITE_FIELD = new ContactField(WEBSITE);
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "llp", "lp", "ltd", "limited",
            "corp", "corporation", "co", "company", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "plc", "bv",
            "nv", "pty", "pte", "oy", "ab", "as", "aps", "kk", "se");

    @Override
    public Optional<String> keyOf(SideRecord record) {
        return Optional.ofNullable(record.contact().get(NAME_FIELD)).map(CompanyKey::normalisedName)
                .filter(name -> !name.isEmpty()).map(name -> "company:" + name);
    }

    @Override
    public Optional<String> tellApart(SideRecord record) {
        return Optional.ofNullable(record.contact().get(WEBSITE_FIELD)).flatMap(CompanyKey::domain);
    }

    static String normalisedName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        String[] words = plain.isEmpty() ? new String[0] : plain.split(" ");
        int from = words.length > 1 && words[0].equals("the") ? 1 : 0;
        int to = words.length;
        while (to - from > 1 && LEGAL_FORMS.contains(words[to - 1])) {
            to--;
        }
        return Arrays.stream(words, from, to).collect(Collectors.joining(" "));
    }

    /** The host of a website, without {@code www.}, in lower case ASCII: "https://WWW.Acme.com/about" is acme.com. */
    static Optional<String> domain(String website) {
        String host = website.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceFirst("^[^@/]*@", "")
                .replaceFirst("[/?#].*$", "").replaceFirst(":\\d*$", "").replaceFirst("\\.$", "");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return Optional.of(ascii.startsWith("www.") ? ascii.substring(4) : ascii);
        } catch (IllegalArgumentException e) {
            return Optional.of(host.toLowerCase(Locale.ROOT));
        }
    }
}
