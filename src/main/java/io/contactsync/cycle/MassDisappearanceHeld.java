package io.contactsync.cycle;

/** A run stopped before acting, because most linked contacts are gone from one side: it waits for an operator. */
public final class MassDisappearanceHeld extends RuntimeException {

    public MassDisappearanceHeld(String message) {
        super(message);
    }
}
