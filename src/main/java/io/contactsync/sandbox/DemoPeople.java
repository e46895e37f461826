package io.contactsync.sandbox;

import io.contactsync.model.Side;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic demo people for seeding the emulators. Person {@code i} of a request is a function of the
 * seed, the index and, for people who exist on one side only, the side; so both emulators agree on the
 * shared people without talking to each other.
 */
public final class DemoPeople {

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret",
            "Ken", "Frances", "Niklaus", "Radia", "Tim", "Shafi", "Leslie", "Katherine", "John", "Hedy", "Dennis",
            "Sophie", "Linus", "Anita", "Bjarne", "Karen", "James", "Mary", "Vint", "Adele", "Guido", "Joan", "Brian"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth",
            "Hamilton", "Thompson", "Allen", "Wirth", "Perlman", "Berners-Lee", "Goldwasser", "Lamport", "Johnson",
            "McCarthy", "Lamarr", "Ritchie", "Wilson", "Torvalds", "Borg", "Stroustrup", "Jones", "Gosling",
            "Keller", "Cerf", "Goldberg", "van Rossum", "Clarke", "O'Hara"};
    private static final String[] TITLES = {"Account Manager", "Support Lead", "Buyer", "Office Manager",
            "Engineer", "Director of Operations", "Procurement Officer", "Analyst", "Consultant", "Team Lead"};
    private static final String[][] CITIES = {{"Indianapolis", "IN", "317", "46204"},
            {"New York", "NY", "212", "10001"}, {"San Francisco", "CA", "415", "94103"},
            {"Chicago", "IL", "312", "60601"}, {"Austin", "TX", "512", "73301"}, {"Denver", "CO", "303", "80202"}};
    private static final String[] STREETS = {"Main St", "Oak Ave", "Market St", "Elm St", "Park Rd", "Lake Dr"};
    private static final double GOLDEN = 0.6180339887498949;

    private DemoPeople() {
    }

    /** Whether person {@code index} exists on both sides; spread evenly over the indices. */
    public static boolean isShared(SeedRequest request, int index) {
        return fraction(index, 0) < request.sharedShare();
    }

    /** Whether shared person {@code index} has a different title and work phone on the Genesys side. */
    public static boolean isDiffering(SeedRequest request, int index) {
        return isShared(request, index) && fraction(index, 1) < request.differingShare();
    }

    public static SeedPerson person(SeedRequest request, int index, Side side) {
        boolean shared = isShared(request, index);
        long stream = shared ? 0 : (side == Side.SALESFORCE ? 1 : 2);
        SplittableRandom random = new SplittableRandom(request.seed() * 1_000_003L + index * 3L + stream);
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String domain = shared ? "example.com" : (side == Side.SALESFORCE ? "sf.example.com" : "gc.example.com");
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
                + "." + index + "@" + domain;
        String title = pick(random, TITLES);
        String workPhone = phone(city[2], random);
        String mobilePhone = random.nextInt(3) == 0 ? null : phone(city[2], random);
        String street = (100 + random.nextInt(9900)) + " " + pick(random, STREETS);
        if (side == Side.GENESYS && isDiffering(request, index)) {
            title = "Senior " + title;
            workPhone = phone(city[2], new SplittableRandom(request.seed() + index * 7L + 5));
        }
        return new SeedPerson(index, shared, first, last, email, title, workPhone, mobilePhone, street, city[0],
                city[1], city[3], "US");
    }

    private static String phone(String areaCode, SplittableRandom random) {
        int exchange = 200 + random.nextInt(800);
        int line = random.nextInt(10_000);
        return String.format(Locale.ROOT, "(%s) %03d-%04d", areaCode, exchange, line);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double fraction(int index, int salt) {
        double x = (index + 1) * (GOLDEN + salt * 0.2360679774997897);
        return x - Math.floor(x);
    }
}
