package io.contactsync.sandbox;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Deterministic demo companies for seeding, and which of them each demo person works for. Like
 * {@link DemoPeople}, both are functions of the request alone, so every emulator seeded with one request
 * agrees on them.
 */
public final class DemoCompanies {

    private static final String[] NAMES = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Tyrell",
            "Cyberdyne", "Soylent", "Hooli", "Vandelay", "Wonka", "Gringotts", "Monarch", "Oscorp", "Aperture"};
    private static final String[] SUFFIXES = {"Corporation", "Industries", "Logistics", "Foods", "Labs", "Holdings"};
    private static final String[] INDUSTRIES = {"Manufacturing", "Technology", "Retail", "Finance", "Healthcare",
            "Transportation", "Energy", "Media"};
    private static final String[][] CITIES = {{"Indianapolis", "IN", "317", "46204"},
            {"New York", "NY", "212", "10001"}, {"San Francisco", "CA", "415", "94103"},
            {"Chicago", "IL", "312", "60601"}, {"Austin", "TX", "512", "73301"}, {"Denver", "CO", "303", "80202"}};
    /** Share of the people who work for one of the companies; the others have none. */
    private static final double EMPLOYED_SHARE = 0.8;

    private DemoCompanies() {
    }

    /** Company {@code index} (0 ≤ index < {@code request.companies()}). */
    public static SeedCompany company(SeedRequest request, int index) {
        SplittableRandom random = new SplittableRandom(request.seed() * 7_000_003L + index);
        String base = NAMES[index % NAMES.length];
        String name = base + " " + SUFFIXES[(index / NAMES.length + random.nextInt(SUFFIXES.length)) % SUFFIXES.length]
                + (index < NAMES.length ? "" : " " + (index / NAMES.length + 1));
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String phone = String.format(Locale.ROOT, "(%s) %03d-%04d", city[2], 200 + random.nextInt(800),
                random.nextInt(10_000));
        String website = "https://www." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".example.com";
        String street = (1 + random.nextInt(999)) + " Commerce Way";
        return new SeedCompany(index, name, phone, website, INDUSTRIES[random.nextInt(INDUSTRIES.length)], street,
                city[0], city[1], city[3], "US");
    }

    /** The company person {@code personIndex} works for, if any; empty when the request has no companies. */
    public static OptionalInt employer(SeedRequest request, int personIndex) {
        if (request.companies() == 0) {
            return OptionalInt.empty();
        }
        SplittableRandom random = new SplittableRandom(request.seed() * 9_000_011L + personIndex);
        return random.nextDouble() < EMPLOYED_SHARE ? OptionalInt.of(random.nextInt(request.companies()))
                : OptionalInt.empty();
    }
}
