package io.contactsync.monitor;

import java.time.Instant;

/**
 * How an API call to one of the two systems ended.
 *
 * @param status the HTTP status as text ("200", "429"), "ok" for a success that carries no status, "error" when
 *               no answer came (connection refused, dropped, timed out), or "login-refused"
 * @param error  the failure's message, null on success
 */
public record CallOutcome(Instant at, String status, String error) {

    public static final String OK = "ok";
    public static final String NO_ANSWER = "error";
    /** The system refused the sync's login (wrong credentials or client): not usable until the settings change. */
    public static final String LOGIN_REFUSED = "login-refused";

    /**
     * Whether the system answered and accepted the credentials: no answer, a 5xx or a refused login (401, 403)
     * mean it is not usable; any other answer (a 2xx, a 404 for one record, a 429) means it is.
     */
    public boolean reachable() {
        if (OK.equals(status)) {
            return true;
        }
        if (NO_ANSWER.equals(status) || LOGIN_REFUSED.equals(status)) {
            return false;
        }
        int code = Integer.parseInt(status);
        return code < 500 && code != 401 && code != 403;
    }

    public boolean rateLimited() {
        return "429".equals(status);
    }
}
