package io.contactsync.testing;

import java.net.http.HttpClient;

/**
 * The HTTP client of the tests: HTTP/1.1 only. The JDK client's default first asks a plain-http server to upgrade to
 * HTTP/2 (h2c), which the Vert.x servers accept, and an upgraded exchange now and then reads a long answer as HTTP/2
 * frames ("Frame type(121) ... exceeds MAX_FRAME_SIZE").
 */
public final class PlainHttp {

    private PlainHttp() {
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
