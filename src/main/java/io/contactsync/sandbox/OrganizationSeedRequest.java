package io.contactsync.sandbox;

/**
 * What {@code POST /__sandbox/seed/organizations} asks for: demo organizations, each with demo contacts attached
 * to it. Like {@link SeedRequest}, the same request gives the same organizations and people.
 *
 * @param count        organizations to create
 * @param contactsEach contacts to create for each organization, attached to it
 * @param seed         random seed; equal seeds give equal data
 * @param sharedShare  share (0..1) of those people who would exist on both sides with the same email
 * @param append       keep the existing organizations and contacts instead of deleting them first
 */
public record OrganizationSeedRequest(int count, int contactsEach, long seed, double sharedShare, boolean append) {

    public static final int MAX_COUNT = 100_000;

    public OrganizationSeedRequest {
        if (count < 0 || count > MAX_COUNT || contactsEach < 0 || (long) count * contactsEach > SeedRequest.MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_COUNT
                    + ", contactsEach at least 0 and count * contactsEach at most " + SeedRequest.MAX_COUNT);
        }
        if (sharedShare < 0 || sharedShare > 1) {
            throw new IllegalArgumentException("sharedShare must be between 0 and 1");
        }
    }

    /**
     * The request for the people attached to the organizations: person {@code k * contactsEach + j} works for
     * organization k; their indices come after those {@link SeedRequest} can use, so their emails are new.
     */
    public SeedRequest people() {
        return new SeedRequest(count * contactsEach, seed, sharedShare, 0, true);
    }

    /** The {@link DemoPeople} index of person j of organization k. */
    public int personIndex(int organization, int person) {
        return SeedRequest.MAX_COUNT + organization * contactsEach + person;
    }
}
