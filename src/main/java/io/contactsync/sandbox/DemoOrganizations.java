package io.contactsync.sandbox;

import java.util.Locale;
import java.util.SplittableRandom;

/** Deterministic demo organizations: equal seeds and indices give equal organizations on both sides. */
public final class DemoOrganizations {

    private static final String[] WORDS = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
            "Vandelay", "Soylent", "Cyberdyne", "Tyrell", "Wonka"};
    private static final String[] SUFFIXES = {"Corp", "Inc", "Ltd", "Group", "Industries", "Partners"};
    private static final String[] INDUSTRIES = {"Retail", "Banking", "Manufacturing", "Healthcare", "Logistics",
            "Software"};

    /** One demo organization; {@code name} is unique per index. */
    public record Organization(int index, String name, String industry, String website) {
    }

    private DemoOrganizations() {
    }

    public static Organization organization(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index * 5L + 3);
        String name = WORDS[random.nextInt(WORDS.length)] + " " + SUFFIXES[random.nextInt(SUFFIXES.length)] + " "
                + (index + 1);
        String website = "https://" + name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example.com";
        return new Organization(index, name, INDUSTRIES[random.nextInt(INDUSTRIES.length)], website);
    }
}
