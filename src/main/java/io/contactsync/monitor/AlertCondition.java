package io.contactsync.monitor;

/** What an alert is about; repeated alerts are throttled per condition. */
public enum AlertCondition {
    /** A run recorded more conflicts than the threshold. */
    TOO_MANY_CONFLICTS,
    /** A run had more record errors than the threshold. */
    TOO_MANY_ERRORS,
    /** No run has succeeded for longer than the threshold. */
    NO_SUCCESSFUL_RUN,
    /** Each of the last few runs added dead letters. */
    DEAD_LETTERS_GROWING,
    /** A run was held: most linked contacts are gone from one side; an operator must confirm or fix it. */
    MASS_DISAPPEARANCE,
    /** Each of the last few runs FAILED (the cycle could not run to its end). */
    RUNS_FAILING,
    /** A changed mapping or policies file does not load or does not fit the systems: the sync keeps the settings in use. */
    SETTINGS_REFUSED
}
