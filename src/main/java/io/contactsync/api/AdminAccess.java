package io.contactsync.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Who may call the admin API. In the sandbox anyone may; against real systems every call needs
 * {@code Authorization: Bearer <SYNC_ADMIN_TOKEN>}, and without a configured token the API is not opened at all.
 */
public final class AdminAccess {

    /** The challenge of a 401 to a browser or Hawtio: log in with any user name and the admin token as password. */
    public static final String BASIC_CHALLENGE =
            "Basic realm=\"contact-sync admin (password: SYNC_ADMIN_TOKEN)\", charset=\"UTF-8\"";

    private final boolean sandbox;
    private final byte[] expected;

    public AdminAccess(boolean sandbox, String token) {
        this.sandbox = sandbox;
        this.expected = token == null || token.isBlank() ? null
                : ("Bearer " + token.trim()).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the admin API is served at all: always in the sandbox, elsewhere only with a token. */
    public boolean open() {
        return sandbox || expected != null;
    }

    /** Lets the call through, or refuses it with 401. Compares in constant time. */
    public void check(String authorization) {
        if (sandbox) {
            return;
        }
        if (authorization == null || authorization.isBlank()) {
            throw new ApiError(401, "missing Authorization: Bearer <SYNC_ADMIN_TOKEN>");
        }
        if (expected == null || !MessageDigest.isEqual(expected, authorization.trim().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "the bearer token is not the admin token");
        }
    }

    /**
     * The same check for pages a browser opens (the Hawtio console): a browser cannot send a bearer token when it
     * navigates, so its Basic login is taken too, with the admin token as the password (any user name).
     */
    public void checkBrowser(String authorization) {
        check(asBearer(authorization));
    }

    /** {@link #BASIC_CHALLENGE}, for the routes' 401 answers. */
    public String basicChallenge() {
        return BASIC_CHALLENGE;
    }

    static String asBearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return authorization;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiError(401, "the Basic credentials are not base64");
        }
        int colon = credentials.indexOf(':');
        return colon < 0 ? null : "Bearer " + credentials.substring(colon + 1);
    }
}
