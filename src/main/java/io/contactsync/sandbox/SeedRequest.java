package io.contactsync.sandbox;

/**
 * What {@code POST /__sandbox/seed} asks for. The same request sent to both emulators produces the same
 * shared people on both sides, so seeding is deterministic across the pair.
 *
 * @param count          people to create on this side
 * @param seed           random seed; equal seeds give equal data
 * @param sharedShare    share (0..1) of the people who exist on both sides with the same email
 * @param differingShare share (0..1) of the shared people whose title and work phone differ between sides
 * @param append         keep the existing contacts instead of resetting first
 * @param companies      demo companies to create first (Salesforce Accounts); most people then work for one
 */
public record SeedRequest(int count, long seed, double sharedShare, double differingShare, boolean append,
                          int companies) {

    public static final int MAX_COUNT = 1_000_000;
    public static final int MAX_COMPANIES = 10_000;

    public SeedRequest {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_COUNT);
        }
        if (sharedShare < 0 || sharedShare > 1 || differingShare < 0 || differingShare > 1) {
            throw new IllegalArgumentException("sharedShare and differingShare must be between 0 and 1");
        }
        if (companies < 0 || companies > MAX_COMPANIES) {
            throw new IllegalArgumentException("companies must be between 0 and " + MAX_COMPANIES);
        }
    }

    /** People only, without companies. */
    public SeedRequest(int count, long seed, double sharedShare, double differingShare, boolean append) {
        this(count, seed, sharedShare, differingShare, append, 0);
    }
}
