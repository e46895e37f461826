package io.contactsync.cycle;

/** Names the routes and beans share. */
public final class CycleRoutes {

    /** Exchange property holding the {@link CycleState} of the running cycle. */
    public static final String CYCLE = "cycle";

    private CycleRoutes() {
    }
}
