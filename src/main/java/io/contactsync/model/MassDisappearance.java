package io.contactsync.model;

/**
 * The threshold of the mass-disappearance guard: a run that finds more than {@code maxFraction} of the linked
 * contacts gone from one system stops before acting on it and waits for an operator, whatever the delete policy.
 * Below {@code minLinks} linked contacts the guard does not apply (a small deployment's few deletes are ordinary).
 */
public record MassDisappearance(double maxFraction, int minLinks) {

    public MassDisappearance {
        if (!(maxFraction > 0 && maxFraction <= 1)) {
            throw new IllegalArgumentException("massDisappearance.maxFraction must be above 0 and at most 1, not "
                    + maxFraction);
        }
        if (minLinks < 0) {
            throw new IllegalArgumentException("massDisappearance.minLinks must not be negative, not " + minLinks);
        }
    }

    /** More than a fifth of at least 50 linked contacts. */
    public static MassDisappearance defaults() {
        return new MassDisappearance(0.2, 50);
    }
}
