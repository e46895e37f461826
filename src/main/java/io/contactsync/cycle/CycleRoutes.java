package io.contactsync.cycle;

/** Names the routes and beans share. */
public final class CycleRoutes {

    /** Exchange property holding the {@link CycleState} of the running cycle. */
    public static final String CYCLE = "cycle";

    /** Exchange property holding the write batch (a list of {@link WriteCommand}) a writer route is sending. */
    public static final String BATCH = "batch";

    /** Exchange property holding the {@link PairGroup} route-pair is routing. */
    public static final String GROUP = "group";

    private CycleRoutes() {
    }
}
