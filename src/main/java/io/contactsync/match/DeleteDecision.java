package io.contactsync.match;

import io.contactsync.model.Side;

/**
 * What to do about a linked pair with a deleted side.
 *
 * @param deletedOn the side where the contact was deleted; null when it was deleted on both
 * @param reason    for the audit log or the review item
 */
public record DeleteDecision(Action action, Side deletedOn, String reason) {

    public enum Action {
        /** Keep the survivor, retire the link (never re-created, no longer synced), write an audit entry. */
        RETIRE_LINK,
        /** Delete the survivor (on {@link #survivor()}) and retire the link. */
        DELETE_SURVIVOR,
        /** Write nothing, keep the link. */
        KEEP_LINK,
        /** Delete against edit: write nothing, keep the link, open a review item. */
        REVIEW
    }

    /** The side still holding the contact; null when both sides deleted it. */
    public Side survivor() {
        return deletedOn == null ? null : deletedOn.other();
    }
}
