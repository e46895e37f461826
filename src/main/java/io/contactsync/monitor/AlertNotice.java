package io.contactsync.monitor;

/**
 * The JSON an alert posts to the webhook: the condition, the sentence, the numbers, and where an operator reviews
 * the open conflicts and dead letters.
 *
 * @param runId the run that raised it; null for the periodic check between runs
 */
public record AlertNotice(String condition, String message, Long runId, String raisedAt, double conflictsPerRun,
                          long openDeadLetters, long openReviews, String openConflictsUrl,
                          String openDeadLettersUrl) {
}
